// Lookups TypeScript types as present that JavaScript answers with undefined when they miss: an index into an array
// or a string, or a key of a Record (string index signature) that is not a declared property.
import { ts } from "ts-morph";
import type { TransformContext } from "./context.js";
import { hasStringIndex, isOptionalProperty } from "./type-queries.js";
import { skipTypeWrappers } from "./visitors/type-erasure.js";

export function lookupMayMiss(node: ts.Expression, ctx: TransformContext): boolean {
  const inner = skipTypeWrappers(node);
  if (ts.isElementAccessExpression(inner)) return true;
  if (!ts.isPropertyAccessExpression(inner)) return false;
  if (isLogicalAssignmentTarget(inner) && isOptionalMember(inner, ctx)) return true;
  const receiver = ctx.checker.getNonNullableType(ctx.typeOf(inner.expression));
  return hasStringIndex(ctx.checker, receiver) && receiver.getProperty(inner.name.text) === undefined;
}

/**
 * The target of `o.k ??= v`, `o.k ||= v`, `o.k &&= v`: TypeScript types it for writing (an optional member without
 * undefined, under exactOptionalPropertyTypes), but the operator first reads it, and the read may miss.
 */
export function isLogicalAssignmentTarget(node: ts.Expression): boolean {
  let child: ts.Node = node;
  while (ts.isParenthesizedExpression(child.parent) || ts.isNonNullExpression(child.parent))
    child = child.parent;
  const parent = child.parent;
  if (!ts.isBinaryExpression(parent) || parent.left !== child) return false;
  const op = parent.operatorToken.kind;
  return (
    op === ts.SyntaxKind.QuestionQuestionEqualsToken ||
    op === ts.SyntaxKind.BarBarEqualsToken ||
    op === ts.SyntaxKind.AmpersandAmpersandEqualsToken
  );
}

function isOptionalMember(node: ts.PropertyAccessExpression, ctx: TransformContext): boolean {
  const property = ctx.checker.getSymbolAtLocation(node.name);
  return property !== undefined && isOptionalProperty(property);
}
