// Syntax that only exists for the type checker — parentheses, `as`, `!`, `satisfies`, `<T>x` — lowers to its operand.
import { ts } from "../../typescript.js";
import type { TransformContext, VisitorTable } from "../context.js";

type Wrapper =
  | ts.ParenthesizedExpression
  | ts.AsExpression
  | ts.NonNullExpression
  | ts.SatisfiesExpression
  | ts.TypeAssertion;

const lowerOperand = (node: Wrapper, ctx: TransformContext) => ctx.lower(node.expression);

export const typeErasureVisitors: VisitorTable = {
  [ts.SyntaxKind.ParenthesizedExpression]: lowerOperand,
  [ts.SyntaxKind.AsExpression]: lowerOperand,
  [ts.SyntaxKind.NonNullExpression]: lowerOperand,
  [ts.SyntaxKind.SatisfiesExpression]: lowerOperand,
  [ts.SyntaxKind.TypeAssertionExpression]: lowerOperand,
};

/** The expression under any number of type-only wrappers. */
export function skipTypeWrappers(node: ts.Expression): ts.Expression {
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isTypeAssertionExpression(node)
  ) {
    node = node.expression;
  }
  return node;
}
