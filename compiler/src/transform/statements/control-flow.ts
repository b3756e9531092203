// Syntactic facts about statements that decide how they lower: does a statement only change variables and then
// carry on ("straight": no return, throw, or break/continue leaving it), and which variables declared outside it
// does it change.
import { ts } from "../../typescript.js";
import type { TransformContext } from "../context.js";
import { isLoop, localVariables, functionOf, symbolOfIdentifier } from "./local-variables.js";
import { collectWrites } from "./local-writes.js";

/**
 * Does `statement` always complete normally (or loop forever)? Then it is a function from the variables it changes
 * to their new values, and lowers to new versions in the current `let`.
 */
export function isStraight(statement: ts.Statement): boolean {
  return !leaves(statement, 0, 0);
}

function leaves(node: ts.Node, loops: number, breakables: number): boolean {
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
  if (ts.isReturnStatement(node) || ts.isThrowStatement(node)) return true;
  if (ts.isBreakStatement(node)) return node.label !== undefined || breakables === 0;
  if (ts.isContinueStatement(node)) return node.label !== undefined || loops === 0;
  if (ts.isLabeledStatement(node)) return true;
  const loop = isLoop(node) ? 1 : 0;
  const breakable = loop || ts.isSwitchStatement(node) ? 1 : 0;
  return (
    ts.forEachChild(node, (child) => leaves(child, loops + loop, breakables + breakable) || undefined) ??
    false
  );
}

/** Does `statement` contain a `return` of the current function? */
export function containsReturn(statement: ts.Node): boolean {
  if (ts.isFunctionLike(statement) || ts.isClassLike(statement)) return false;
  if (ts.isReturnStatement(statement)) return true;
  return ts.forEachChild(statement, (child) => containsReturn(child) || undefined) ?? false;
}

/**
 * The variables declared outside `statement` that it changes (and whose changes are accepted), in the order of
 * their first change.
 */
export function changedVariables(statement: ts.Node, ctx: TransformContext): ts.Symbol[] {
  const locals = localVariables(ctx);
  const owner = functionOf(statement);
  const found: ts.Symbol[] = [];
  for (const write of collectWrites(statement, ctx.checker)) {
    if (functionOf(write.node) !== owner) continue;
    const symbol = symbolOfIdentifier(write.target, ctx.checker);
    if (!symbol || found.includes(symbol)) continue;
    const declaration = symbol.valueDeclaration;
    if (declaration && isInside(declaration, statement)) continue;
    if (locals.accepts(symbol)) found.push(symbol);
  }
  return found;
}

function isInside(node: ts.Node, outer: ts.Node): boolean {
  return node.getStart() >= outer.getStart() && node.getEnd() <= outer.getEnd();
}
