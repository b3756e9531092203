// Arithmetic with JS meaning: `+` on numbers or as string concatenation, `-` `*`, `/` as float division, `%` and
// `**` exactly on integers.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr, StrPart } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { toJsString } from "../library/to-js-string.js";
import "../runtime/number-helpers.js";
import { isNumberType, isStringType } from "../type-queries.js";
import { skipTypeWrappers } from "./type-erasure.js";

export function lowerAddition(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  const type = ctx.typeOf(node);
  if (isStringType(type)) return lowerConcatenation(node, ctx);
  if (isNumberType(ctx.typeOf(node.left)) && isNumberType(ctx.typeOf(node.right))) {
    return nix.binop("+", ctx.lower(node.left), ctx.lower(node.right));
  }
  return ctx.fail(node, Diagnostics.mixedAddition(ctx.typeText(node.left), ctx.typeText(node.right)));
}

/** `a + ":" + n` → `"${a}:${toString n}"`; two plain strings stay `a + b`. */
function lowerConcatenation(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  const operands = flattenConcatenation(node, ctx);
  const allPlainStrings = operands.every(
    (operand) => isStringType(ctx.typeOf(operand)) && !isStringLiteralLike(operand),
  );
  if (allPlainStrings) {
    return operands.map((operand) => ctx.lower(operand)).reduce((left, right) => nix.binop("+", left, right));
  }
  const parts: StrPart[] = operands.map((operand) =>
    isStringType(ctx.typeOf(operand)) ? ctx.lower(operand) : toJsString(operand, ctx),
  );
  return nix.str(...parts);
}

function flattenConcatenation(node: ts.Expression, ctx: TransformContext): ts.Expression[] {
  const inner = skipTypeWrappers(node);
  // `s += t` is `s + t` (the right side one operand: `s += 1 + 2` appends "3").
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)
    return [...flattenConcatenation(inner.left, ctx), inner.right];
  if (
    ts.isBinaryExpression(inner) &&
    inner.operatorToken.kind === ts.SyntaxKind.PlusToken &&
    isStringType(ctx.typeOf(inner))
  ) {
    return [...flattenConcatenation(inner.left, ctx), inner.right];
  }
  return [node];
}

function isStringLiteralLike(node: ts.Expression): boolean {
  const inner = skipTypeWrappers(node);
  return (
    ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) || ts.isTemplateExpression(inner)
  );
}

function requireNumbers(node: ts.BinaryExpression, ctx: TransformContext): boolean {
  if (isNumberType(ctx.typeOf(node.left)) && isNumberType(ctx.typeOf(node.right))) return true;
  ctx.report(
    node,
    Diagnostics.operatorNotSupported(node.operatorToken.getText(), "is only supported between numbers here."),
  );
  return false;
}

export function lowerNumericOperator(node: ts.BinaryExpression, op: "-" | "*", ctx: TransformContext): Expr {
  if (!requireNumbers(node, ctx)) return nix.NULL;
  return nix.binop(op, ctx.lower(node.left), ctx.lower(node.right));
}

/** JS `/` is float division even between integers: make one side a float unless one already is. */
export function lowerDivision(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  if (!requireNumbers(node, ctx)) return nix.NULL;
  const left = ctx.lower(node.left);
  const right = ctx.lower(node.right);
  if (ctx.numbers.of(node.left) === "float" || ctx.numbers.of(node.right) === "float") {
    return nix.binop("/", left, right);
  }
  if (right.kind === "int") return nix.binop("/", left, nix.float(Number(right.value)));
  if (left.kind === "int") return nix.binop("/", nix.float(Number(left.value)), right);
  return nix.binop("/", nix.binop("*", left, nix.float(1)), right);
}

/** JS `%`: exact on ints (`a - b * builtins.div a b`), checked at evaluation time when the kind is unknown. */
export function lowerRemainder(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  if (!requireNumbers(node, ctx)) return nix.NULL;
  const leftKind = ctx.numbers.of(node.left);
  const rightKind = ctx.numbers.of(node.right);
  // A float that holds a whole number (`n / 2` of an even n) is fine: jsRemainder checks when evaluated. A literal
  // with a fraction is known now.
  if (hasFraction(node.left) || hasFraction(node.right)) {
    return ctx.fail(
      node,
      Diagnostics.operatorNotSupported("%", "on non-integer numbers has no exact Nix equivalent."),
    );
  }
  const left = ctx.lower(node.left);
  const right = ctx.lower(node.right);
  if (leftKind === "int" && rightKind === "int") {
    return ctx.bindOnce(left, "a", (a) =>
      ctx.bindOnce(right, "b", (b) => nix.binop("-", a, nix.binop("*", b, nix.callBuiltin("div", a, b)))),
    );
  }
  return nix.apply(ctx.helpers.use("jsRemainder"), left, right);
}

/** A numeric literal (maybe negated) that is not a whole number. */
function hasFraction(node: ts.Expression): boolean {
  const inner = skipTypeWrappers(node);
  const literal =
    ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.MinusToken ? inner.operand : inner;
  return ts.isNumericLiteral(literal) && !Number.isInteger(Number(literal.text));
}

/** JS `**` on integers with a non-negative exponent. */
export function lowerPower(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  if (!requireNumbers(node, ctx)) return nix.NULL;
  if (ctx.numbers.of(node.left) === "float" || ctx.numbers.of(node.right) === "float") {
    return ctx.fail(
      node,
      Diagnostics.operatorNotSupported("**", "on non-integer numbers has no exact Nix equivalent."),
    );
  }
  const exponent = skipTypeWrappers(node.right);
  if (
    ts.isPrefixUnaryExpression(exponent) &&
    exponent.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(exponent.operand) &&
    Number(exponent.operand.text) !== 0
  ) {
    // Known now rather than when evaluated (where jsPow refuses it too): the result is a fraction.
    return ctx.fail(
      node,
      Diagnostics.operatorNotSupported(
        "**",
        "with a negative exponent gives a fraction; write the value as a literal.",
      ),
    );
  }
  return nix.apply(ctx.helpers.use("jsPow"), ctx.lower(node.left), ctx.lower(node.right));
}

export function lowerNegation(node: ts.PrefixUnaryExpression, ctx: TransformContext): Expr {
  if (!isNumberType(ctx.typeOf(node.operand))) {
    return ctx.fail(node, Diagnostics.operatorNotSupported("-", "is only supported on numbers."));
  }
  const operand = ctx.lower(node.operand);
  if (operand.kind === "int") return nix.int(-operand.value);
  if (operand.kind === "float") return nix.float(-operand.value);
  return nix.unary("-", operand);
}
