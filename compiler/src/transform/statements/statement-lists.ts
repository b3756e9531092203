// A list of statements (a function body, a block, a branch, a loop body, the top of a file) → nested `let … in`.
// Declarations whose value cannot depend on where they stand are hoisted into the list's first `let` (Nix is lazy
// and `let` is recursive, so order and use before definition cost nothing); changes of variables become new
// versions in the same `let`; a statement that may leave the list (`return`, `throw`, `break`, an `if` with those
// inside) ends the `let`, and the statements after it become a join point, lowered once.
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr } from "../../nix/ast.js";
import { mapChildren, referencedNames } from "../../nix/traverse.js";
import type { TransformContext } from "../context.js";
import { lowerDeclarationBindings, rejectStatement } from "../visitors/declarations.js";
import { lowerThrow } from "../visitors/throw.js";
import { isWriteStatement, lowerWriteStatement } from "./assignments.js";
import { lowerIfStatement, lowerStraightStatement } from "./branches.js";
import { type Exits, JoinPoint } from "./continuations.js";
import { isStraight } from "./control-flow.js";
import { lowerVariableStatement, positionDependentDeclarations } from "./declarations.js";
import { isLoopStatement, lowerLoop } from "./loops.js";
import { lowerSwitch } from "./switch.js";
import { Diagnostics } from "../../diagnostics/codes.js";

/** Lowers statements only the top of a file has (imports, exports): their bindings, or undefined for others. */
export type SpecialStatements = (statement: ts.Statement) => Binding[] | undefined;

/** Lower `statements`, leaving through `exits`. */
export function lowerStatementList(
  statements: readonly ts.Statement[],
  exits: Exits,
  ctx: TransformContext,
  special?: SpecialStatements,
): Expr {
  const list = {};
  const saved = ctx.statementList;
  ctx.statementList = list;
  try {
    const dependent = positionDependentDeclarations(statements, ctx);
    const hoisted = statements.filter((s) => isDeclaration(s) && !dependent.has(s));
    const group: Binding[] = hoisted.flatMap((s) => lowerDeclarationBindings(s, ctx) ?? []);
    const remaining = statements.filter((s) => !hoisted.includes(s));
    return lowerFrom(remaining, 0, group, { exits, list, special }, ctx);
  } finally {
    ctx.statementList = saved;
  }
}

function isDeclaration(statement: ts.Statement): boolean {
  return lowerDeclarationKind(statement) !== undefined;
}

function lowerDeclarationKind(statement: ts.Statement): "variables" | "other" | undefined {
  if (ts.isVariableStatement(statement)) return "variables";
  if (
    ts.isFunctionDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isEnumDeclaration(statement) ||
    ts.isModuleDeclaration(statement)
  ) {
    return "other";
  }
  return undefined;
}

interface ListContext {
  readonly exits: Exits;
  /** The identity of this statement list (see Version.home). */
  readonly list: object;
  readonly special: SpecialStatements | undefined;
}

function lowerFrom(
  statements: readonly ts.Statement[],
  index: number,
  group: Binding[],
  frame: ListContext,
  ctx: TransformContext,
): Expr {
  const { exits, list } = frame;
  for (let i = index; i < statements.length; i++) {
    const statement = statements[i]!;
    const kind = lowerDeclarationKind(statement);
    const special = frame.special?.(statement);
    if (special) {
      group.push(...special);
    } else if (kind === "variables") {
      group.push(...lowerVariableStatement(statement as ts.VariableStatement, ctx));
    } else if (kind === "other") {
      group.push(...(lowerDeclarationBindings(statement, ctx) ?? []));
    } else if (ts.isEmptyStatement(statement)) {
      continue;
    } else if (ts.isExpressionStatement(statement) && isWriteStatement(statement, ctx)) {
      group.push(...lowerWriteStatement(statement, ctx));
    } else if (isCompound(statement) && isStraight(statement)) {
      group.push(...lowerStraightStatement(statement, ctx));
    } else {
      const rest = new JoinPoint("rest", (c) =>
        withList(list, c, () => lowerFrom(statements, i + 1, [], frame, c)),
      );
      const body = lowerControl(statement, { ...exits, next: rest }, ctx);
      return letInSimplified(group, rest.close(body, ctx), ctx);
    }
  }
  return letInSimplified(group, exits.next.jump(ctx), ctx);
}

function withList<T>(list: object, ctx: TransformContext, body: () => T): T {
  const saved = ctx.statementList;
  ctx.statementList = list;
  try {
    return body();
  } finally {
    ctx.statementList = saved;
  }
}

function isCompound(statement: ts.Statement): boolean {
  return (
    ts.isIfStatement(statement) ||
    ts.isBlock(statement) ||
    ts.isSwitchStatement(statement) ||
    isLoopStatement(statement)
  );
}

/** A statement that may leave the list: it decides what comes next itself (through `exits.next` to go on). */
export function lowerControl(statement: ts.Statement, exits: Exits, ctx: TransformContext): Expr {
  if (ts.isReturnStatement(statement))
    return exits.returnWith(statement.expression ? ctx.lower(statement.expression) : nix.NULL, ctx);
  if (ts.isThrowStatement(statement)) return lowerThrow(statement, ctx);
  if (ts.isBreakStatement(statement) || ts.isContinueStatement(statement))
    return lowerJump(statement, exits, ctx);
  if (ts.isIfStatement(statement)) return lowerIfStatement(statement, exits, ctx);
  if (ts.isBlock(statement)) return lowerStatementList(statement.statements, exits, ctx);
  if (ts.isSwitchStatement(statement)) return lowerSwitch(statement, exits, ctx);
  if (isLoopStatement(statement)) return lowerLoop(statement, exits, ctx);
  rejectStatement(statement, ctx);
  return exits.next.jump(ctx);
}

function lowerJump(
  statement: ts.BreakStatement | ts.ContinueStatement,
  exits: Exits,
  ctx: TransformContext,
): Expr {
  const target = ts.isBreakStatement(statement) ? exits.breakTo : exits.continueTo;
  if (statement.label || !target) {
    ctx.report(statement, Diagnostics.labelNotSupported());
    return exits.next.jump(ctx);
  }
  return target.jump(ctx);
}

/**
 * `let … in body`, simplified where the `let` holds versions of variables (fresh names, bound nowhere else):
 * `let x_1 = e; in x_1` is just `e`; a version used once as a field of a state (`{ a = a_1; }`) is written there;
 * and a `let` of versions directly inside another joins it.
 */
export function letInSimplified(group: readonly Binding[], body: Expr, ctx: TransformContext): Expr {
  if (
    body.kind === "let" &&
    body.bindings.every((b) => boundName(b) !== undefined && isVersionName(boundName(b)!, ctx))
  )
    return letInSimplified([...group, ...body.bindings], body.body, ctx);
  if (body.kind === "ident" && isVersionName(body.name, ctx)) {
    const index = group.findIndex((b) => boundName(b) === body.name);
    const binding = group[index];
    if (binding?.kind === "binding") {
      const others = group.filter((_, i) => i !== index);
      const used = new Set<string>();
      for (const other of [binding, ...others]) {
        if (other.kind === "binding") referencedNames(other.value, used);
        else for (const n of other.names) used.add(n);
      }
      if (!used.has(body.name)) {
        ctx.naming.release(body.name);
        return nix.letIn(others, binding.value);
      }
    }
  }
  return inlineStateFields(group, body, ctx);
}

function boundName(binding: Binding): string | undefined {
  return binding.kind === "binding" && binding.path.length === 1 && binding.path[0]!.kind === "static"
    ? binding.path[0]!.name
    : undefined;
}

const stateRecords = new WeakSet<Expr>();

/** Mark an attribute set as a state handed on by a loop turn or a branch (see inlineStateFields). */
export function stateRecord<E extends Expr>(expr: E): E {
  stateRecords.add(expr);
  return expr;
}

/**
 * `let a_1 = e; in { a = a_1; … }` → `{ a = e; … }` (also inside `jsStrictAttrs { … }`): a version used once, as a
 * field of the state a turn or a branch hands on, reads better written there. The attribute set binds no names,
 * so nothing in `e` can be captured.
 */
function inlineStateFields(group: readonly Binding[], body: Expr, ctx: TransformContext): Expr {
  const attrs =
    body.kind === "apply" && body.arg.kind === "attrset"
      ? body.arg
      : body.kind === "attrset"
        ? body
        : undefined;
  if (!attrs || attrs.recursive || !stateRecords.has(attrs)) return nix.letIn(group, body);
  const uses = new Map<string, number>();
  const count = (expr: Expr) => collectIdents(expr, (name) => uses.set(name, (uses.get(name) ?? 0) + 1));
  for (const binding of group) if (binding.kind === "binding") count(binding.value);
  count(body);
  const inlined = new Map<string, Expr>();
  for (const binding of group) {
    const name = boundName(binding);
    if (name === undefined || binding.kind !== "binding" || !isVersionName(name, ctx) || uses.get(name) !== 1)
      continue;
    const field = attrs.bindings.some(
      (b) => b.kind === "binding" && b.value.kind === "ident" && b.value.name === name,
    );
    if (field) inlined.set(name, binding.value);
  }
  if (inlined.size === 0) return nix.letIn(group, body);
  const fields = attrs.bindings.map((b) =>
    b.kind === "binding" && b.value.kind === "ident" && inlined.has(b.value.name)
      ? nix.bind(b.path, inlined.get(b.value.name)!)
      : b,
  );
  const rebuilt = stateRecord(nix.attrs(fields));
  const newBody = body.kind === "apply" ? nix.apply(body.fn, rebuilt) : rebuilt;
  for (const name of inlined.keys()) ctx.naming.release(name);
  const remaining = group.filter((b) => !inlined.has(boundName(b) ?? ""));
  return nix.letIn(remaining, newBody);
}

/** Calls `found` for every identifier in `expr` (and names `inherit` reads). */
function collectIdents(expr: Expr, found: (name: string) => void): void {
  if (expr.kind === "ident") found(expr.name);
  if (expr.kind === "attrset" || expr.kind === "let") {
    for (const b of expr.bindings) if (b.kind === "inherit" && b.from === undefined) b.names.forEach(found);
  }
  mapChildren(expr, (child) => {
    collectIdents(child, found);
    return child;
  });
}

const versionNames = new WeakMap<TransformContext, Set<string>>();

/** Remember that `name` holds a version of a variable (generated, so the simplifications above may drop it). */
export function noteVersionName(name: string, ctx: TransformContext): string {
  let names = versionNames.get(ctx);
  if (!names) versionNames.set(ctx, (names = new Set()));
  names.add(name);
  return name;
}

function isVersionName(name: string, ctx: TransformContext): boolean {
  return versionNames.get(ctx)?.has(name) ?? false;
}
