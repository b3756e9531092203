// Literals: numbers (int or float, see number-kind.ts), strings, booleans, null, and `undefined`.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext, VisitorTable } from "../context.js";
import { numericLiteralKind } from "../number-kind.js";

export function lowerNumericLiteral(node: ts.NumericLiteral, ctx: TransformContext): Expr {
  const value = Number(node.text);
  if (!Number.isFinite(value)) return ctx.fail(node, Diagnostics.numberOutOfRange(node.getText()));
  return numericLiteralKind(value) === "int" ? nix.int(BigInt(value)) : nix.float(value);
}

export function lowerStringLiteral(
  node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral,
  ctx: TransformContext,
): Expr {
  return nix.str(checkedText(node.text, node, ctx));
}

/** NUL ends a Nix string and a lone surrogate is not UTF-8: text with either cannot be written exactly. */
export function checkedText(text: string, node: ts.Node, ctx: TransformContext): string {
  // eslint-disable-next-line no-control-regex
  if (/\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) {
    ctx.report(node, Diagnostics.unrepresentableText());
    return "";
  }
  return text;
}

/** `undefined` as a value is Nix `null` (members set to undefined are dropped by the object visitor). */
export function lowerIdentifierUndefined(): Expr {
  return nix.NULL;
}

export const literalVisitors: VisitorTable = {
  [ts.SyntaxKind.NumericLiteral]: lowerNumericLiteral,
  [ts.SyntaxKind.StringLiteral]: lowerStringLiteral,
  [ts.SyntaxKind.NoSubstitutionTemplateLiteral]: lowerStringLiteral,
  [ts.SyntaxKind.TrueKeyword]: () => nix.TRUE,
  [ts.SyntaxKind.FalseKeyword]: () => nix.FALSE,
  [ts.SyntaxKind.NullKeyword]: () => nix.NULL,
  [ts.SyntaxKind.BigIntLiteral]: (node: ts.BigIntLiteral, ctx: TransformContext) =>
    ctx.fail(node, Diagnostics.bigintNotSupported()),
  [ts.SyntaxKind.RegularExpressionLiteral]: (node: ts.RegularExpressionLiteral, ctx: TransformContext) =>
    ctx.fail(node, Diagnostics.regexNotSupported()),
};
