// Binary and unary operators: one entry per operator token, dispatching to the family that gives it JS meaning.
import { ts } from "../../typescript.js";
import { compareStrings } from "../library/string-order.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext, VisitorTable } from "../context.js";
import { isNumberType, isStringType } from "../type-queries.js";
import {
  lowerAddition,
  lowerDivision,
  lowerNegation,
  lowerNumericOperator,
  lowerPower,
  lowerRemainder,
} from "./arithmetic.js";
import { lowerEquality } from "./equality.js";
import { lowerInOperator } from "./in-operator.js";
import { lowerLogicalAnd, lowerLogicalNot, lowerLogicalOr, lowerNullishCoalescing } from "./logical.js";
import { lowerTypeofExpression } from "./typeof.js";

type BinaryLowering = (node: ts.BinaryExpression, ctx: TransformContext) => Expr;

const K = ts.SyntaxKind;

const binaryOperators: ReadonlyMap<ts.SyntaxKind, BinaryLowering> = new Map<ts.SyntaxKind, BinaryLowering>([
  [K.PlusToken, lowerAddition],
  [K.MinusToken, (node, ctx) => lowerNumericOperator(node, "-", ctx)],
  [K.AsteriskToken, (node, ctx) => lowerNumericOperator(node, "*", ctx)],
  [K.SlashToken, lowerDivision],
  [K.PercentToken, lowerRemainder],
  [K.AsteriskAsteriskToken, lowerPower],
  [K.LessThanToken, (node, ctx) => lowerComparison(node, "<", ctx)],
  [K.LessThanEqualsToken, (node, ctx) => lowerComparison(node, "<=", ctx)],
  [K.GreaterThanToken, (node, ctx) => lowerComparison(node, ">", ctx)],
  [K.GreaterThanEqualsToken, (node, ctx) => lowerComparison(node, ">=", ctx)],
  [K.EqualsEqualsEqualsToken, lowerEquality],
  [K.ExclamationEqualsEqualsToken, lowerEquality],
  [K.EqualsEqualsToken, lowerEquality],
  [K.ExclamationEqualsToken, lowerEquality],
  [K.AmpersandAmpersandToken, lowerLogicalAnd],
  [K.BarBarToken, lowerLogicalOr],
  [K.QuestionQuestionToken, lowerNullishCoalescing],
  [K.InKeyword, lowerInOperator],
]);

/** `x op= e` means `x = x op e`: the same lowerings read the node's left and right sides. */
const compoundOperators: ReadonlyMap<ts.SyntaxKind, BinaryLowering> = new Map<ts.SyntaxKind, BinaryLowering>([
  [K.PlusEqualsToken, lowerAddition],
  [K.MinusEqualsToken, (node, ctx) => lowerNumericOperator(node, "-", ctx)],
  [K.AsteriskEqualsToken, (node, ctx) => lowerNumericOperator(node, "*", ctx)],
  [K.SlashEqualsToken, lowerDivision],
  [K.PercentEqualsToken, lowerRemainder],
  [K.AsteriskAsteriskEqualsToken, lowerPower],
  [K.QuestionQuestionEqualsToken, lowerNullishCoalescing],
  [K.BarBarEqualsToken, lowerLogicalOr],
  [K.AmpersandAmpersandEqualsToken, lowerLogicalAnd],
]);

/** The new value `x op= e` gives its target, or a diagnostic placeholder (bitwise operators). */
export function lowerCompoundValue(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  const lowering = compoundOperators.get(node.operatorToken.kind);
  if (lowering) return lowering(node, ctx);
  return ctx.fail(
    node,
    Diagnostics.operatorNotSupported(
      node.operatorToken.getText(),
      "works on 32-bit integers in JavaScript and has no exact Nix equivalent.",
    ),
  );
}

const BITWISE = new Set([
  K.AmpersandToken,
  K.BarToken,
  K.CaretToken,
  K.LessThanLessThanToken,
  K.GreaterThanGreaterThanToken,
  K.GreaterThanGreaterThanGreaterThanToken,
]);

export function lowerBinaryExpression(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  const operator = node.operatorToken.kind;
  const lowering = binaryOperators.get(operator);
  if (lowering) return lowering(node, ctx);
  const text = node.operatorToken.getText();
  if (operator >= K.FirstAssignment && operator <= K.LastAssignment) {
    return ctx.fail(
      node,
      Diagnostics.mutationNotSupported(`An assignment with \`${text}\` inside an expression`),
    );
  }
  if (operator === K.CommaToken) return ctx.fail(node, Diagnostics.commaNotSupported());
  if (BITWISE.has(operator)) {
    return ctx.fail(
      node,
      Diagnostics.operatorNotSupported(
        text,
        "works on 32-bit integers in JavaScript and has no exact Nix equivalent.",
      ),
    );
  }
  if (operator === K.InstanceOfKeyword) {
    return ctx.fail(
      node,
      Diagnostics.operatorNotSupported("instanceof", "is not supported: Nix has no classes."),
    );
  }
  return ctx.fail(node, Diagnostics.unsupportedSyntax(`The operator \`${text}\``));
}

/** `<` and friends compare numbers with numbers and strings with strings (by UTF-8 bytes, see the README). */
function lowerComparison(
  node: ts.BinaryExpression,
  op: "<" | "<=" | ">" | ">=",
  ctx: TransformContext,
): Expr {
  const left = ctx.typeOf(node.left);
  const right = ctx.typeOf(node.right);
  const comparable =
    (isNumberType(left) && isNumberType(right)) || (isStringType(left) && isStringType(right));
  if (!comparable) {
    return ctx.fail(
      node,
      Diagnostics.operatorNotSupported(op, "is only supported between two numbers or two strings."),
    );
  }
  if (isStringType(left)) return compareStrings(op, node.left, node.right, ctx);
  return nix.binop(op, ctx.lower(node.left), ctx.lower(node.right));
}

export function lowerPrefixUnary(node: ts.PrefixUnaryExpression, ctx: TransformContext): Expr {
  switch (node.operator) {
    case K.ExclamationToken:
      return lowerLogicalNot(node, ctx);
    case K.MinusToken:
      return lowerNegation(node, ctx);
    case K.PlusToken:
      if (isNumberType(ctx.typeOf(node.operand))) return ctx.lower(node.operand);
      return ctx.fail(
        node,
        Diagnostics.operatorNotSupported("+", "as a conversion to number is not supported."),
      );
    case K.PlusPlusToken:
    case K.MinusMinusToken:
      return ctx.fail(node, Diagnostics.mutationNotSupported(`\`${node.getText()}\` inside an expression`));
    case K.TildeToken:
      return ctx.fail(node, Diagnostics.operatorNotSupported("~", "has no exact Nix equivalent."));
  }
}

export const operatorVisitors: VisitorTable = {
  [K.BinaryExpression]: lowerBinaryExpression,
  [K.PrefixUnaryExpression]: lowerPrefixUnary,
  [K.PostfixUnaryExpression]: (node: ts.PostfixUnaryExpression, ctx: TransformContext) =>
    ctx.fail(node, Diagnostics.mutationNotSupported(`\`${node.getText()}\` inside an expression`)),
  [K.TypeOfExpression]: lowerTypeofExpression,
  [K.VoidExpression]: (node: ts.VoidExpression, ctx: TransformContext) =>
    ctx.fail(node, Diagnostics.voidNotSupported()),
  [K.DeleteExpression]: (node: ts.DeleteExpression, ctx: TransformContext) =>
    ctx.fail(node, Diagnostics.deleteNotSupported()),
  [K.AwaitExpression]: (node: ts.AwaitExpression, ctx: TransformContext) =>
    ctx.fail(node, Diagnostics.asyncNotSupported()),
  [K.YieldExpression]: (node: ts.YieldExpression, ctx: TransformContext) =>
    ctx.fail(node, Diagnostics.generatorNotSupported()),
  [K.ClassExpression]: (node: ts.ClassExpression, ctx: TransformContext) =>
    ctx.fail(node, Diagnostics.classNotSupported()),
  [K.ThisKeyword]: (node: ts.ThisExpression, ctx: TransformContext) =>
    ctx.fail(node, Diagnostics.thisNotSupported()),
  [K.SuperKeyword]: (node: ts.SuperExpression, ctx: TransformContext) =>
    ctx.fail(node, Diagnostics.classNotSupported()),
  [K.NewExpression]: (node: ts.NewExpression, ctx: TransformContext) =>
    ctx.fail(node, Diagnostics.newNotSupported(node.expression.getText())),
};
