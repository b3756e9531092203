// Conditions and the ternary. Nix's `if`, `&&`, `||` and `!` accept only booleans, so JS truthiness is made
// explicit (see truthiness.ts); `&&`/`||`/`!`/`?:` inside a condition stay boolean operators on the operands' tests.
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext, VisitorTable } from "../context.js";
import { negate, truthinessOfNode } from "../truthiness.js";

/** Lower `node` as a condition: a Nix boolean that is true exactly when the JS value is truthy. */
export function lowerCondition(node: ts.Expression, ctx: TransformContext): Expr {
  const inner = skipParentheses(node);
  if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.ExclamationToken)
    return negate(lowerCondition(inner.operand, ctx));
  if (ts.isBinaryExpression(inner)) {
    const operator = inner.operatorToken.kind;
    // truthy(a && b) is truthy(a) && truthy(b): a falsy `a` is the result; otherwise `b` is.
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken)
      return nix.binop("&&", lowerCondition(inner.left, ctx), lowerCondition(inner.right, ctx));
    if (operator === ts.SyntaxKind.BarBarToken)
      return nix.binop("||", lowerCondition(inner.left, ctx), lowerCondition(inner.right, ctx));
  }
  if (ts.isConditionalExpression(inner)) {
    return nix.ifThenElse(
      lowerCondition(inner.condition, ctx),
      lowerCondition(inner.whenTrue, ctx),
      lowerCondition(inner.whenFalse, ctx),
    );
  }
  return truthinessOfNode(ctx.lower(node), node, ctx);
}

function skipParentheses(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return node;
}

export function lowerConditionalExpression(node: ts.ConditionalExpression, ctx: TransformContext): Expr {
  return nix.ifThenElse(
    lowerCondition(node.condition, ctx),
    ctx.lower(node.whenTrue),
    ctx.lower(node.whenFalse),
  );
}

export const conditionVisitors: VisitorTable = {
  [ts.SyntaxKind.ConditionalExpression]: lowerConditionalExpression,
};
