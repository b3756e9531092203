// Loops → a step function over the loop's state (loop-state.ts). `for … of` over an array and counted `for` loops
// (`for (let i = a; i < b; i++)` with a bound the loop cannot change) fold over a list with `builtins.foldl'`;
// other `for`, `while` and `do … while` loops run their step with jsWhile until the state says done. A loop that
// only pushes onto one array is the `map`/`filter`/`concatMap` it amounts to. A loop with `return` inside hands the
// returned value out through its state; one with `throw` inside is forced before the code after it runs, so the
// throw fires whenever JavaScript's would.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { isArrayLikeType, isStringType } from "../type-queries.js";
import { lowerCondition } from "../visitors/conditions.js";
import { lowerBindingPattern } from "../visitors/destructuring.js";
import { lowerWrite } from "./assignments.js";
import { bindResults } from "./branches.js";
import { type Exits, newVersionName, Terminal, withVersion } from "./continuations.js";
import { changedVariables, containsReturn } from "./control-flow.js";
import { lowerComprehension } from "./loop-comprehensions.js";
import { LoopState, type LoopFlags } from "./loop-state.js";
import { countedRange, lowerRange } from "./loop-ranges.js";
import { letInSimplified, lowerStatementList, noteVersionName } from "./statement-lists.js";
import { lowerVariableDeclarations } from "./declarations.js";
import { localVariables, symbolOfIdentifier } from "./local-variables.js";
import { collectWrites } from "./local-writes.js";

export type LoopStatement =
  ts.ForOfStatement | ts.ForStatement | ts.WhileStatement | ts.DoStatement | ts.ForInStatement;

export function isLoopStatement(statement: ts.Statement): statement is LoopStatement {
  return (
    ts.isForOfStatement(statement) ||
    ts.isForStatement(statement) ||
    ts.isWhileStatement(statement) ||
    ts.isDoStatement(statement) ||
    ts.isForInStatement(statement)
  );
}

/** A loop without return or throw: bindings of the new versions of what it changes. */
export function lowerStraightLoop(
  statement: LoopStatement,
  changed: readonly ts.Symbol[],
  ctx: TransformContext,
): Binding[] {
  const comprehension = lowerComprehension(statement, changed, ctx);
  if (comprehension) return comprehension;
  const header = lowerHeader(statement, ctx);
  const loop = lowerLoopValue(statement, changed, false, ctx);
  if (!loop || changed.length === 0) return [];
  return [...header, ...bindLoopResults(changed, loop, ctx)];
}

/** A loop with `return` or `throw` inside: what follows it runs only after it, with its results. */
export function lowerLoop(statement: LoopStatement, exits: Exits, ctx: TransformContext): Expr {
  const changed = changedVariables(statement, ctx);
  const returns = containsReturn(statement);
  const header = lowerHeader(statement, ctx);
  const loop = lowerLoopValue(statement, changed, returns, ctx);
  if (!loop) return exits.next.jump(ctx);
  const name = loop.state.isRecord ? ctx.naming.fresh("loop") : undefined;
  const after = (): Expr => {
    const results = name ? bindLoopResults(changed, { ...loop, value: nix.ident(name) }, ctx) : [];
    return nix.letIn(results, exits.next.jump(ctx));
  };
  if (!name) {
    // One changed variable (or none): the loop's value is the variable's next version.
    const results = changed.length === 1 ? bindLoopResults(changed, loop, ctx) : [];
    const forced = results.length > 0 ? nix.ident(firstName(results)) : loop.value;
    return nix.letIn([...header, ...results], nix.callBuiltin("seq", forced, exits.next.jump(ctx)));
  }
  const state = nix.ident(name);
  const body = returns
    ? nix.ifThenElse(
        nix.select(state, loop.state.flag.returned),
        exits.returnWith(nix.select(state, loop.state.flag.value), ctx),
        after(),
      )
    : nix.callBuiltin("seq", state, after());
  return nix.letIn([...header, nix.bind(name, loop.value)], body);
}

function firstName(bindings: readonly Binding[]): string {
  const first = bindings[0];
  return first?.kind === "binding" && first.path[0]?.kind === "static" ? first.path[0].name : "";
}

interface LoweredLoop {
  readonly value: Expr;
  readonly state: LoopState;
}

function bindLoopResults(changed: readonly ts.Symbol[], loop: LoweredLoop, ctx: TransformContext): Binding[] {
  if (!loop.state.isRecord) return bindResults(changed, loop.value, "loop", ctx);
  if (loop.value.kind === "ident") return selectResults(changed, loop.value, ctx);
  const name = ctx.naming.fresh("loop");
  return [nix.bind(name, loop.value), ...selectResults(changed, nix.ident(name), ctx)];
}

function selectResults(changed: readonly ts.Symbol[], state: Expr, ctx: TransformContext): Binding[] {
  return changed.map((symbol) => {
    const name = noteVersionName(newVersionName(symbol, ctx), ctx);
    const value = nix.select(state, ctx.naming.nameOf(symbol));
    ctx.versions = withVersion(ctx.versions, symbol, { name });
    return nix.bind(name, value);
  });
}

/** `for (let i = 0, …; …)`: the declarations (or assignments) before the first turn. */
function lowerHeader(statement: LoopStatement, ctx: TransformContext): Binding[] {
  if (!ts.isForStatement(statement) || !statement.initializer || countedRange(statement, ctx)) return [];
  const initializer = statement.initializer;
  if (ts.isVariableDeclarationList(initializer)) return lowerVariableDeclarations(initializer, ctx);
  return lowerWrite(initializer, ctx);
}

/** The loop's final state, or undefined when the loop is refused. */
function lowerLoopValue(
  statement: LoopStatement,
  changed: readonly ts.Symbol[],
  returns: boolean,
  ctx: TransformContext,
): LoweredLoop | undefined {
  if (ts.isForInStatement(statement)) {
    ctx.report(statement, Diagnostics.insertionOrder("for … in"));
    return undefined;
  }
  const carried = [...changed, ...headerVariables(statement, ctx)];
  const range = ts.isForStatement(statement) ? countedRange(statement, ctx) : undefined;
  const folds = ts.isForOfStatement(statement) || range !== undefined;
  const flags: LoopFlags = { done: !folds || breaks(statement) || returns, returns };
  const state = new LoopState(carried, flags, ctx);
  const exits: Exits = {
    next: state.endOfTurn(),
    continueTo: state.endOfTurn(),
    breakTo: state.stop(),
    returnWith: (value, c) => state.returnWith(value, c),
  };
  if (ts.isForOfStatement(statement)) return lowerForOf(statement, state, exits, ctx);
  if (range) return lowerFold(statement, state, exits, lowerRange(range, ctx), range.variable, ctx);
  return lowerWhile(statement as ts.ForStatement | ts.WhileStatement | ts.DoStatement, state, exits, ctx);
}

/** Variables declared in a `for` head that its turns change (`let i = 0` with `i++`): carried by the state. */
function headerVariables(statement: LoopStatement, ctx: TransformContext): ts.Symbol[] {
  if (!ts.isForStatement(statement) || !statement.initializer || countedRange(statement, ctx)) return [];
  if (!ts.isVariableDeclarationList(statement.initializer)) return [];
  const written = new Set(
    collectWrites(statement, ctx.checker).flatMap((w) => symbolOfIdentifier(w.target, ctx.checker) ?? []),
  );
  return statement.initializer.declarations.flatMap((declaration) => {
    const symbol = ts.isIdentifier(declaration.name)
      ? ctx.checker.getSymbolAtLocation(declaration.name)
      : undefined;
    return symbol && written.has(symbol) && localVariables(ctx).accepts(symbol) ? [symbol] : [];
  });
}

/** Does a `break` (not in a nested loop or switch) end this loop? */
function breaks(statement: LoopStatement): boolean {
  const visit = (node: ts.Node): boolean => {
    if (ts.isFunctionLike(node) || isLoopStatement(node as ts.Statement) || ts.isSwitchStatement(node))
      return false;
    if (ts.isBreakStatement(node)) return true;
    return ts.forEachChild(node, (child) => visit(child) || undefined) ?? false;
  };
  return visit(statement.statement);
}

function bodyStatements(statement: LoopStatement): readonly ts.Statement[] {
  return ts.isBlock(statement.statement) ? statement.statement.statements : [statement.statement];
}

function lowerForOf(
  statement: ts.ForOfStatement,
  state: LoopState,
  exits: Exits,
  ctx: TransformContext,
): LoweredLoop | undefined {
  const iterable = statement.expression;
  const type = ctx.checker.getNonNullableType(ctx.typeOf(iterable));
  if (!isArrayLikeType(ctx.checker, type)) {
    const what = isStringType(type) ? "Iterating over the characters of a string" : "This loop";
    ctx.report(
      iterable,
      Diagnostics.unsupportedArgument("for … of", `${what} is not supported; loop over an array.`),
    );
    return undefined;
  }
  const initializer = statement.initializer;
  if (!ts.isVariableDeclarationList(initializer) || initializer.declarations.length !== 1) {
    ctx.report(initializer, Diagnostics.mutationNotSupported("A loop over an existing variable"));
    return undefined;
  }
  return lowerFold(statement, state, exits, ctx.lower(iterable), initializer.declarations[0]!.name, ctx);
}

/** `builtins.foldl' (state: x: …) initial list`. */
function lowerFold(
  statement: LoopStatement,
  state: LoopState,
  exits: Exits,
  list: Expr,
  element: ts.BindingName,
  ctx: TransformContext,
): LoweredLoop {
  const initial = state.initial(ctx);
  const { param, bindings } = elementParam(element, ctx);
  const body = ctx.withVersions(state.versionsInside(ctx.versions), () => {
    const turn = nix.letIn(bindings(), lowerStatementList(bodyStatements(statement), exits, ctx));
    return state.flags.done && state.whole
      ? nix.ifThenElse(nix.ident(state.flag.done), nix.ident(state.whole), turn)
      : turn;
  });
  const step = nix.lambda(state.param(body), nix.lambda(param, body));
  return { value: nix.callBuiltin("foldl'", step, initial, list), state };
}

/** The fold's element parameter: the loop variable's name, or a fresh one taken apart by a pattern. */
export function elementParam(
  element: ts.BindingName,
  ctx: TransformContext,
): { param: string; bindings: () => Binding[] } {
  if (ts.isIdentifier(element)) {
    const symbol = ctx.checker.getSymbolAtLocation(element);
    return { param: symbol ? ctx.naming.nameOf(symbol) : ctx.naming.fresh(element.text), bindings: () => [] };
  }
  const param = ctx.naming.fresh("item");
  return { param, bindings: () => lowerBindingPattern(element, nix.ident(param), ctx) };
}

/** `jsWhile (state: if condition then … else stop) initial`; `do … while` tests after the turn. */
function lowerWhile(
  statement: ts.ForStatement | ts.WhileStatement | ts.DoStatement,
  state: LoopState,
  exits: Exits,
  ctx: TransformContext,
): LoweredLoop {
  const initial = state.initial(ctx);
  const condition = ts.isForStatement(statement) ? statement.condition : statement.expression;
  const endOfTurn = turnEnd(statement, state, condition, ctx);
  const turnExits: Exits = { ...exits, next: endOfTurn, continueTo: endOfTurn };
  const body = ctx.withVersions(state.versionsInside(ctx.versions), () => {
    const start = ctx.versions;
    const test = ts.isDoStatement(statement) || !condition ? undefined : lowerCondition(condition, ctx);
    const turn = lowerStatementList(bodyStatements(statement), turnExits, ctx);
    ctx.versions = start;
    if (!test || (test.kind === "ident" && test.name === "true")) return turn;
    return nix.ifThenElse(test, turn, state.stop().jump(ctx));
  });
  const step = nix.lambda(state.param(body), body);
  const run =
    state.flag.done === "done"
      ? ctx.helpers.use("jsWhile")
      : nix.apply(ctx.helpers.use("jsWhileFlag"), nix.str(state.flag.done));
  return { value: nix.apply(run, step, initial), state };
}

/** Where a turn goes when it ends: a `for` runs its update, a `do … while` tests its condition. */
function turnEnd(
  statement: ts.ForStatement | ts.WhileStatement | ts.DoStatement,
  state: LoopState,
  condition: ts.Expression | undefined,
  ctx: TransformContext,
): Terminal {
  if (ts.isForStatement(statement) && statement.incrementor) {
    const update = statement.incrementor;
    return new Terminal((c) =>
      c.withVersions(c.versions, () => {
        const bindings = lowerWrite(update, c);
        return letInSimplified(bindings, state.endOfTurn().jump(c), c);
      }),
    );
  }
  if (ts.isDoStatement(statement) && condition) {
    return new Terminal((c) =>
      nix.ifThenElse(lowerCondition(condition, c), state.endOfTurn().jump(c), state.stop().jump(c)),
    );
  }
  void ctx;
  return state.endOfTurn();
}
