// The state a lowered loop carries from one turn to the next: the variables the loop changes, and the flags its
// control flow needs (`done` after a break or return, or for a loop that stops by its condition; `returned` and
// `value` for a return). One variable and no flags: the state is that variable's value (`total: x: total + x`);
// otherwise an attribute set taken apart by the step's pattern (`{ count, total, done }@state:`), whose fields are
// forced every turn (jsStrictAttrs) so that long loops do not pile up unevaluated chains.
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr, Param } from "../../nix/ast.js";
import { referencedNames } from "../../nix/traverse.js";
import type { TransformContext, Version } from "../context.js";
import "../runtime/loop-helpers.js";
import { readVersion, Terminal, type Versions } from "./continuations.js";
import { stateRecord } from "./statement-lists.js";

export interface LoopFlags {
  /** The state says whether the loop is over (break, return, or a condition checked by jsWhile). */
  readonly done: boolean;
  /** The state carries a returned value. */
  readonly returns: boolean;
}

/** The names of the flags a loop state carries: reserved once per file, so no user or generated name is the same. */
export interface FlagNames {
  readonly done: string;
  readonly returned: string;
  readonly value: string;
}

const reserved = new WeakMap<TransformContext, FlagNames>();

export function flagNames(ctx: TransformContext): FlagNames {
  let names = reserved.get(ctx);
  if (!names) {
    names = {
      done: ctx.naming.fresh("done"),
      returned: ctx.naming.fresh("returned"),
      value: ctx.naming.fresh("value"),
    };
    reserved.set(ctx, names);
  }
  return names;
}

export class LoopState {
  /** The step's parameter names of the carried variables (their own names). */
  private readonly names: readonly string[];
  /** `@state`: the state a turn hands on unchanged. */
  readonly whole: string | undefined;
  readonly flag: FlagNames;

  constructor(
    readonly variables: readonly ts.Symbol[],
    readonly flags: LoopFlags,
    private readonly ctx: TransformContext,
  ) {
    this.names = variables.map((symbol) => ctx.naming.nameOf(symbol));
    this.flag = flagNames(ctx);
    this.whole = this.isRecord ? ctx.naming.fresh("state") : undefined;
  }

  /** No variables and no flags: a loop run only for its `throw`s carries `null`. */
  get isUnit(): boolean {
    return this.variables.length === 0 && !this.flags.done && !this.flags.returns;
  }

  get isRecord(): boolean {
    return !this.isUnit && (this.variables.length !== 1 || this.flags.done || this.flags.returns);
  }

  /** The step's state parameter (naming the whole state, `@state`, when `body` uses it). */
  param(body: Expr): Param {
    if (this.isUnit) return nix.identParam(this.ctx.naming.fresh("_"));
    if (!this.isRecord) return nix.identParam(this.names[0]!);
    const fields = [...this.names, ...this.flagNames()].map((name) => nix.field(name));
    const whole = this.whole && referencedNames(body).has(this.whole) ? this.whole : undefined;
    return nix.patternParam(fields, { ellipsis: false, bind: whole });
  }

  /** Inside the step, each carried variable is its parameter. */
  versionsInside(outside: Versions): Versions {
    const inside = new Map(outside);
    this.variables.forEach((symbol, i) => inside.set(symbol, { name: this.names[i]! } satisfies Version));
    return inside;
  }

  /** The state the loop starts from (the variables' versions before it). */
  initial(ctx: TransformContext): Expr {
    const { done, returned, value } = this.flag;
    const defaults: Record<string, Expr> = { [done]: nix.FALSE, [returned]: nix.FALSE, [value]: nix.NULL };
    const flags = this.flagNames().map((name) => nix.bind(name, defaults[name]!));
    return this.record(ctx, flags, false);
  }

  /** A turn ends normally (or by `continue`): the current versions, flags unchanged. */
  endOfTurn(): Terminal {
    return new Terminal((c) => this.current(c, []));
  }

  /** The loop ends here: `break`, or a false condition. */
  stop(): Terminal {
    return new Terminal((c) => this.current(c, [nix.bind(this.flag.done, nix.TRUE)]));
  }

  /** `return value` inside the loop. */
  returnWith(value: Expr, ctx: TransformContext): Expr {
    const { done, returned } = this.flag;
    const flags = [nix.bind(done, nix.TRUE), nix.bind(returned, nix.TRUE), nix.bind(this.flag.value, value)];
    return this.current(ctx, flags);
  }

  /** The state now: the flags in `set` set, the other flags handed on as they are. */
  current(ctx: TransformContext, set: readonly nix.AttrBinding[]): Expr {
    const setNames = new Set(set.map((b) => (b.path[0]!.kind === "static" ? b.path[0]!.name : "")));
    const kept = this.flagNames().filter((name) => !setNames.has(name));
    return this.record(ctx, [...(kept.length > 0 ? [nix.inherit(kept)] : []), ...set], true);
  }

  private record(ctx: TransformContext, flags: readonly Binding[], inside: boolean): Expr {
    if (this.isUnit) return nix.NULL;
    if (!this.isRecord) return readVersion(ctx.versions.get(this.variables[0]!), this.variables[0]!, ctx);
    const inherited: string[] = [];
    const bindings: Binding[] = [];
    this.variables.forEach((symbol, i) => {
      const value = readVersion(ctx.versions.get(symbol), symbol, ctx);
      if (value.kind === "ident" && value.name === this.names[i]) inherited.push(this.names[i]!);
      else bindings.push(nix.bind(this.names[i]!, value));
    });
    const flagInherits = flags.flatMap((f) => (f.kind === "inherit" ? f.names : []));
    const flagBindings = flags.filter((f) => f.kind === "binding");
    const names = [...inherited, ...flagInherits];
    const attrs = stateRecord(
      nix.attrs([...(names.length > 0 ? [nix.inherit(names)] : []), ...bindings, ...flagBindings]),
    );
    if (!inside) return attrs;
    // A turn that changes nothing hands on the state it got.
    if (bindings.length === 0 && flagBindings.length === 0 && this.whole) return nix.ident(this.whole);
    return nix.apply(ctx.helpers.use("jsStrictAttrs"), attrs);
  }

  private flagNames(): string[] {
    const { done, returned, value } = this.flag;
    return [...(this.flags.done ? [done] : []), ...(this.flags.returns ? [returned, value] : [])];
  }
}
