// String order as JavaScript defines it (UTF-16 code units) from Nix's byte order: the two differ only where a
// character beyond the BMP meets one in U+E000–U+FFFF, so comparisons against text that cannot contain either
// stay plain, and the rest compare through the jsUtf16Key helper.
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";

/** A string literal whose characters are all below U+D800: byte order against it is JS order. */
export function isLowLiteral(node: ts.Expression): boolean {
  return isLiteralWithin(node, 0xd7ff);
}

/** `left op right` on two strings, with JS's order. */
export function compareStrings(
  op: "<" | "<=" | ">" | ">=",
  left: ts.Expression,
  right: ts.Expression,
  ctx: TransformContext,
): Expr {
  const a = ctx.lower(left);
  const b = ctx.lower(right);
  if (isLowLiteral(left) || isLowLiteral(right)) return nix.binop(op, a, b);
  // The key changes only characters beyond the BMP: a literal without any is its own key.
  const key = (x: Expr, node: ts.Expression) =>
    isLiteralWithin(node, 0xffff) ? x : nix.apply(ctx.helpers.use("jsUtf16Key"), x);
  return nix.binop(op, key(a, left), key(b, right));
}

function isLiteralWithin(node: ts.Expression, max: number): boolean {
  const inner = skipTypeWrappers(node);
  return (
    (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) &&
    [...inner.text].every((c) => c.codePointAt(0)! <= max)
  );
}

/** The less-than for `strings.sort()`: plain bytes when every element is a low literal. */
export function stringLessThan(receiver: ts.Expression, ctx: TransformContext): Expr {
  const inner = skipTypeWrappers(receiver);
  if (ts.isArrayLiteralExpression(inner) && inner.elements.every(isLowLiteral))
    return nix.builtin("lessThan");
  const key = (x: Expr) => nix.apply(ctx.helpers.use("jsUtf16Key"), x);
  return ctx.lambda("a", (a) => ctx.lambda("b", (b) => nix.binop("<", key(a), key(b))));
}
