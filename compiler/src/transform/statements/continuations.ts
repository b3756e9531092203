// Where control goes when a statement list ends, breaks, continues or returns. A continuation is what the program
// does next, as Nix: a *terminal* builds a value from the variables' current versions (the state a loop turn or a
// branch hands on), a *join point* is the rest of a statement list, lowered once however many paths reach it.
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import { replaceNode } from "../../nix/traverse.js";
import type { TransformContext, Version } from "../context.js";

export type Versions = ReadonlyMap<ts.Symbol, Version>;

export interface Continuation {
  /** Control reaches the continuation with the current versions; the Nix expression that continues from there. */
  jump(ctx: TransformContext): Expr;
}

/** How statements leave a statement list. */
export interface Exits {
  /** Falling off the end. */
  readonly next: Continuation;
  /** `break` and `continue` without a label: the innermost loop (or `switch`, for break). */
  readonly breakTo: Continuation | undefined;
  readonly continueTo: Continuation | undefined;
  /** `return value` (already lowered). */
  readonly returnWith: (value: Expr, ctx: TransformContext) => Expr;
}

/** A continuation that builds its expression right where control reaches it. */
export class Terminal implements Continuation {
  constructor(private readonly build: (ctx: TransformContext) => Expr) {}

  jump(ctx: TransformContext): Expr {
    return this.build(ctx);
  }
}

interface Arrival {
  readonly marker: Expr;
  readonly versions: Versions;
}

/**
 * The rest of a statement list, reached from one or more places. Reached once, it is lowered in place (with the
 * versions at that place). Reached from several, it is bound once, `rest = …;`, as a function of the variables
 * whose versions differ between the places (`rest = port: …;`, called `rest 443` and `rest port`).
 */
export class JoinPoint implements Continuation {
  private readonly arrivals: Arrival[] = [];

  constructor(
    private readonly hint: string,
    private readonly lowerRest: (ctx: TransformContext) => Expr,
  ) {}

  jump(ctx: TransformContext): Expr {
    const marker = nix.ident(`<${this.hint}>`);
    this.arrivals.push({ marker, versions: ctx.versions });
    return marker;
  }

  /** Put the rest into `expr`, where the jumps left their markers. */
  close(expr: Expr, ctx: TransformContext): Expr {
    if (this.arrivals.length === 0) return expr;
    if (this.arrivals.length === 1) {
      const only = this.arrivals[0]!;
      return replaceNode(
        expr,
        only.marker,
        ctx.withVersions(only.versions, () => this.lowerRest(ctx)),
      );
    }
    const differing = differingSymbols(this.arrivals.map((a) => a.versions));
    const base = this.arrivals[0]!.versions;
    const params = differing.map((symbol) => ({ symbol, name: paramName(symbol, ctx) }));
    const entry = new Map(base);
    for (const { symbol, name } of params) entry.set(symbol, { name });
    const name = ctx.naming.fresh(this.hint);
    const body = ctx.withVersions(entry, () => this.lowerRest(ctx));
    const value = params.reduceRight<Expr>((inner, p) => nix.lambda(p.name, inner), body);
    let result = expr;
    for (const arrival of this.arrivals) {
      const args = params.map((p) => readVersion(arrival.versions.get(p.symbol), p.symbol, ctx));
      result = replaceNode(result, arrival.marker, nix.apply(nix.ident(name), ...args));
    }
    return nix.letIn([nix.bind(name, value)], result);
  }
}

/** Symbols known at every arrival whose versions are not the same everywhere. */
function differingSymbols(all: readonly Versions[]): ts.Symbol[] {
  const [first, ...others] = all;
  if (!first) return [];
  const symbols = [...first.keys()].filter((symbol) => others.every((v) => v.has(symbol)));
  return symbols.filter((symbol) => {
    const key = versionKey(first.get(symbol));
    return others.some((v) => versionKey(v.get(symbol)) !== key);
  });
}

function versionKey(version: Version | undefined): string {
  if (!version) return "";
  return version.literal ? `literal:${literalKey(version.literal)}` : version.name;
}

/** Literal versions are small constants (see isVersionLiteral); equal text means equal value. */
function literalKey(expr: Expr): string {
  switch (expr.kind) {
    case "int":
      return `int:${expr.value}`;
    case "float":
      return `float:${expr.value}`;
    case "ident":
      return `ident:${expr.name}`;
    case "string":
      return `string:${JSON.stringify(expr.parts)}`;
    case "list":
      return `list:${expr.items.length}`;
    case "attrset":
      return `attrs:${expr.bindings.length}`;
    case "unary":
      return `-${literalKey(expr.operand)}`;
    default:
      return `other:${Math.random()}`;
  }
}

/**
 * The name for a new version of `symbol`: the variable's own name when it is still unbound and the change happens
 * in the statement list that declared it (`let total = 0; … total = …` binds `total`), else `total_1`, `total_2`.
 */
export function newVersionName(symbol: ts.Symbol, ctx: TransformContext): string {
  const current = ctx.versions.get(symbol);
  if (current?.literal && current.home === ctx.statementList) return current.name;
  return ctx.naming.version(ctx.naming.nameOf(symbol));
}

function paramName(symbol: ts.Symbol, ctx: TransformContext): string {
  return ctx.naming.version(ctx.naming.nameOf(symbol));
}

/** The expression a version stands for. */
export function readVersion(version: Version | undefined, symbol: ts.Symbol, ctx: TransformContext): Expr {
  if (!version) return nix.ident(ctx.naming.nameOf(symbol));
  return version.literal ?? nix.ident(version.name);
}

/** The current versions with `symbol` bound to the Nix name `name`. */
export function withVersion(versions: Versions, symbol: ts.Symbol, version: Version): Versions {
  const next = new Map(versions);
  next.set(symbol, version);
  return next;
}
