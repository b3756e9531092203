// Lookups TypeScript types as present that JavaScript answers with undefined when they miss: an index into an array
// or a string, a key of a Record (string index signature) that is not a declared property, and an optional chain
// that may stop at such a lookup (`xs[0]?.v` is undefined when `xs` is empty, whatever the type of `v` says).
import { ts } from "../typescript.js";
import type { TransformContext } from "./context.js";
import {
  hasStringIndex,
  includesNullish,
  isOptionalProperty,
  mayHoldNull,
  mayHoldUndefined,
} from "./type-queries.js";
import { skipTypeWrappers } from "./visitors/type-erasure.js";

export function lookupMayMiss(node: ts.Expression, ctx: TransformContext): boolean {
  const inner = skipTypeWrappers(node);
  if (ts.isOptionalChain(inner) && chainMayStop(inner, ctx)) return true;
  if (ts.isElementAccessExpression(inner)) return !readsDeclaredMember(inner, ctx);
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

/** `o["a"]` / `t[0]` naming a member the receiver's type declares (a tuple's element, not an index signature). */
function readsDeclaredMember(node: ts.ElementAccessExpression, ctx: TransformContext): boolean {
  const argument = skipTypeWrappers(node.argumentExpression);
  if (!ts.isStringLiteral(argument) && !ts.isNumericLiteral(argument)) return false;
  const name = ts.isNumericLiteral(argument) ? String(Number(argument.text)) : argument.text;
  const receiver = ctx.checker.getNonNullableType(ctx.typeOf(node.expression));
  const parts = receiver.isUnion() ? receiver.types : [receiver];
  return parts.every((part) => part.getProperty(name) !== undefined);
}

/** Does some `?.` of this chain test a receiver that may be nullish, by its type or because it is a lookup? */
function chainMayStop(node: ts.Expression, ctx: TransformContext): boolean {
  let current: ts.Expression = node;
  while (ts.isOptionalChain(current)) {
    const link = current as ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.CallExpression;
    const receiver =
      ts.isCallExpression(link) && ts.isPropertyAccessExpression(link.expression)
        ? link.expression.expression
        : link.expression;
    const questionDot =
      ts.isCallExpression(link) && ts.isPropertyAccessExpression(link.expression)
        ? link.expression.questionDotToken !== undefined
        : link.questionDotToken !== undefined;
    if (questionDot) {
      const type = ctx.typeOf(receiver);
      if (includesNullish(type) || mayHoldNull(ctx.checker, type) || lookupMayMiss(receiver, ctx))
        return true;
    }
    current = receiver;
  }
  return false;
}

/**
 * Which of null and undefined the value of `node` may be: what its type admits (`any`, `unknown` and generics may be
 * either), and undefined besides when it is a lookup that may miss.
 */
export function nullishOfNode(
  node: ts.Expression,
  ctx: TransformContext,
): { readonly null: boolean; readonly undefined: boolean } {
  const type = ctx.typeOf(node);
  return {
    null: mayHoldNull(ctx.checker, type),
    undefined: mayHoldUndefined(ctx.checker, type) || lookupMayMiss(node, ctx),
  };
}
