// `if`, blocks and `switch` in two forms. A statement that may leave the list (return, throw, break) decides what
// comes next: `if c then <then…> else <else…>`, each branch ending in the rest of the list. A statement that always
// carries on is a function of the variables it changes: their new versions are bound in the current `let`
// (`port_1 = if tls then 443 else port;`, or an attribute set of them when it changes several).
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { lowerCondition } from "../visitors/conditions.js";
import { type Exits, newVersionName, readVersion, Terminal, withVersion } from "./continuations.js";
import { changedVariables } from "./control-flow.js";
import { isLoopStatement, lowerStraightLoop } from "./loops.js";
import { lowerControl, lowerStatementList, noteVersionName, stateRecord } from "./statement-lists.js";

export function lowerIfStatement(statement: ts.IfStatement, exits: Exits, ctx: TransformContext): Expr {
  const condition = lowerCondition(statement.expression, ctx);
  const start = ctx.versions;
  const then = lowerBranch(statement.thenStatement, exits, ctx);
  ctx.versions = start;
  const otherwise = statement.elseStatement
    ? lowerBranch(statement.elseStatement, exits, ctx)
    : exits.next.jump(ctx);
  ctx.versions = start;
  return nix.ifThenElse(condition, then, otherwise);
}

function lowerBranch(statement: ts.Statement, exits: Exits, ctx: TransformContext): Expr {
  return lowerStatementList(ts.isBlock(statement) ? statement.statements : [statement], exits, ctx);
}

/** A statement that always carries on: the bindings of the new versions of the variables it changes. */
export function lowerStraightStatement(statement: ts.Statement, ctx: TransformContext): Binding[] {
  const changed = changedVariables(statement, ctx);
  if (isLoopStatement(statement)) return lowerStraightLoop(statement, changed, ctx);
  const result = new Terminal((c) => stateValue(changed, c));
  const start = ctx.versions;
  const value = lowerControl(
    statement,
    { next: result, breakTo: result, continueTo: undefined, returnWith: unreachable },
    ctx,
  );
  ctx.versions = start;
  if (changed.length === 0) return []; // lowered for its diagnostics only: it changes nothing
  return bindResults(changed, value, "state", ctx);
}

function unreachable(): Expr {
  throw new Error("internal: a straight statement returned");
}

/**
 * The values of `changed` at this point: the one version itself, or `{ a = a_1; inherit b; }` keyed by the
 * variables' names.
 */
export function stateValue(
  changed: readonly ts.Symbol[],
  ctx: TransformContext,
  extra: readonly Binding[] = [],
): Expr {
  if (changed.length === 1 && extra.length === 0)
    return readVersion(ctx.versions.get(changed[0]!), changed[0]!, ctx);
  const inherited: string[] = [];
  const bindings: Binding[] = [];
  for (const symbol of changed) {
    const key = ctx.naming.nameOf(symbol);
    const value = readVersion(ctx.versions.get(symbol), symbol, ctx);
    if (value.kind === "ident" && value.name === key) inherited.push(key);
    else bindings.push(nix.bind(key, value));
  }
  return stateRecord(
    nix.attrs([...(inherited.length > 0 ? [nix.inherit(inherited)] : []), ...bindings, ...extra]),
  );
}

/** Bind `value` (a state as stateValue builds it) to new versions of `changed`. */
export function bindResults(
  changed: readonly ts.Symbol[],
  value: Expr,
  hint: string,
  ctx: TransformContext,
): Binding[] {
  if (changed.length === 1) {
    const symbol = changed[0]!;
    const name = noteVersionName(newVersionName(symbol, ctx), ctx);
    ctx.versions = withVersion(ctx.versions, symbol, { name });
    return [nix.bind(name, value)];
  }
  const state = ctx.naming.fresh(hint);
  const bindings: Binding[] = [nix.bind(state, value)];
  for (const symbol of changed) {
    const name = noteVersionName(newVersionName(symbol, ctx), ctx);
    bindings.push(nix.bind(name, nix.select(nix.ident(state), ctx.naming.nameOf(symbol))));
    ctx.versions = withVersion(ctx.versions, symbol, { name });
  }
  return bindings;
}
