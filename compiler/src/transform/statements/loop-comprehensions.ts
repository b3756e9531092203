// Loops that only push onto one array are list comprehensions: `for (const h of hosts) if (h.web) names.push(h.name)`
// is `names ++ map (h: h.name) (builtins.filter (h: h.web) hosts)`, written as a person would — `map`, `filter`,
// or `builtins.concatMap` over the turns, each turn yielding the list of what it pushed.
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { negate } from "../truthiness.js";
import { isArrayLikeType } from "../type-queries.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { concatenate } from "./array-changes.js";
import { bindResults } from "./branches.js";
import { readVersion, Terminal, withVersion } from "./continuations.js";
import { symbolOfIdentifier } from "./local-variables.js";
import { collectWrites } from "./local-writes.js";
import { countedRange, lowerRange } from "./loop-ranges.js";
import { elementParam, type LoopStatement } from "./loops.js";
import { lowerStatementList } from "./statement-lists.js";

export function lowerComprehension(
  statement: LoopStatement,
  changed: readonly ts.Symbol[],
  ctx: TransformContext,
): Binding[] | undefined {
  const target = changed.length === 1 ? changed[0]! : undefined;
  if (!target || !onlyPushes(statement, target, ctx)) return undefined;
  const source = turns(statement, ctx);
  if (!source) return undefined;
  const start = ctx.versions;
  const yielded = new Terminal((c) => readVersion(c.versions.get(target), target, c));
  const inside = withVersion(start, target, { name: ctx.naming.nameOf(target), literal: nix.list([]) });
  const { param, bindings } = source.element;
  const body = ctx.withVersions(inside, () =>
    nix.letIn(
      bindings(),
      lowerStatementList(
        ts.isBlock(statement.statement) ? statement.statement.statements : [statement.statement],
        { next: yielded, continueTo: yielded, breakTo: undefined, returnWith: unreachable },
        ctx,
      ),
    ),
  );
  const produced = comprehension(param, body, source.list);
  return bindResults(
    [target],
    concatenate(readVersion(start.get(target), target, ctx), produced),
    "list",
    ctx,
  );
}

function unreachable(): Expr {
  throw new Error("internal: a comprehension returned");
}

/** Is `target` an array that the loop only pushes onto (as statements), and never reads otherwise? */
function onlyPushes(statement: LoopStatement, target: ts.Symbol, ctx: TransformContext): boolean {
  const declaration = target.valueDeclaration;
  if (!declaration || !isArrayLikeType(ctx.checker, ctx.checker.getTypeAtLocation(declaration))) return false;
  const receivers = new Set<ts.Node>();
  for (const write of collectWrites(statement, ctx.checker)) {
    if (symbolOfIdentifier(write.target, ctx.checker) !== target) continue;
    if (!isPushStatement(write.node)) return false;
    receivers.add(write.target);
  }
  const visit = (node: ts.Node): boolean => {
    if (ts.isBreakStatement(node)) return true;
    if (ts.isIdentifier(node) && !receivers.has(node) && symbolOfIdentifier(node, ctx.checker) === target)
      return true;
    return ts.forEachChild(node, (child) => visit(child) || undefined) ?? false;
  };
  return (
    !visit(statement.statement) &&
    !(ts.isForStatement(statement) && statement.incrementor && visit(statement.incrementor))
  );
}

function isPushStatement(node: ts.Node): boolean {
  if (!ts.isCallExpression(node) || !ts.isExpressionStatement(node.parent)) return false;
  const callee = skipTypeWrappers(node.expression);
  return ts.isPropertyAccessExpression(callee) && callee.name.text === "push";
}

interface Turns {
  readonly list: Expr;
  readonly element: ReturnType<typeof elementParam>;
}

/** What the loop goes over: a `for … of` array, or a counted `for` loop's range. */
function turns(statement: LoopStatement, ctx: TransformContext): Turns | undefined {
  if (ts.isForOfStatement(statement)) {
    const type = ctx.checker.getNonNullableType(ctx.typeOf(statement.expression));
    const initializer = statement.initializer;
    if (!isArrayLikeType(ctx.checker, type) || !ts.isVariableDeclarationList(initializer)) return undefined;
    if (initializer.declarations.length !== 1) return undefined;
    return {
      list: ctx.lower(statement.expression),
      element: elementParam(initializer.declarations[0]!.name, ctx),
    };
  }
  if (!ts.isForStatement(statement)) return undefined;
  const range = countedRange(statement, ctx);
  if (!range) return undefined;
  return { list: lowerRange(range, ctx), element: elementParam(range.variable, ctx) };
}

/** `map`, `filter` or `concatMap` over `list` with `param: body` yielding each turn's list. */
function comprehension(param: string, body: Expr, list: Expr): Expr {
  const single = singleItem(body);
  if (single) {
    if (single.kind === "ident" && single.name === param) return list;
    return nix.apply(nix.ident("map"), nix.lambda(param, single), list);
  }
  const kept = keptWhen(body);
  if (kept) {
    const filtered = nix.callBuiltin("filter", nix.lambda(param, kept.condition), list);
    if (kept.item.kind === "ident" && kept.item.name === param) return filtered;
    return nix.apply(nix.ident("map"), nix.lambda(param, kept.item), filtered);
  }
  return nix.callBuiltin("concatMap", nix.lambda(param, body), list);
}

/** `if c then [ e ] else [ ]` (or the reverse): the turn pushes `e` exactly when `c`. */
function keptWhen(body: Expr): { condition: Expr; item: Expr } | undefined {
  if (body.kind !== "if") return undefined;
  const isEmpty = (e: Expr) => e.kind === "list" && e.items.length === 0;
  const single = (e: Expr) => (e.kind === "list" && e.items.length === 1 ? e.items[0] : undefined);
  const whenTrue = single(body.then);
  if (whenTrue && isEmpty(body.else)) return { condition: body.condition, item: whenTrue };
  const whenFalse = single(body.else);
  if (whenFalse && isEmpty(body.then)) return { condition: negate(body.condition), item: whenFalse };
  return undefined;
}

/** `[ e ]` (or `let … in [ e ]`) as `e` (`let … in e`). */
function singleItem(body: Expr): Expr | undefined {
  if (body.kind === "list" && body.items.length === 1) return body.items[0];
  if (body.kind === "let") {
    const inner = singleItem(body.body);
    return inner && nix.letIn(body.bindings, inner);
  }
  return undefined;
}
