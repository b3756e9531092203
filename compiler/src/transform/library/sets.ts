// `new Set(xs)` used at once — spread into an array (`[...new Set(xs)]`) or handed to Array.from — is the JS idiom
// for "xs without repeats": the first occurrences, in order (a Set keeps insertion order). That is exact in Nix for
// primitive elements; a Set compares objects by identity, and a Set kept in a variable is mutable state, so both
// are refused.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { globalName } from "./globals.js";
import { elementTypeOf, isArrayLikeType, isPrimitiveType } from "../type-queries.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import "../runtime/list-helpers.js";

/** The array in `new Set(xs)` (the standard Set), or undefined for anything else. */
export function newSetSource(node: ts.Expression, ctx: TransformContext): ts.Expression | undefined {
  const inner = skipTypeWrappers(node);
  if (!ts.isNewExpression(inner) || globalName(inner.expression, ctx) !== "Set") return undefined;
  return inner.arguments?.length === 1 ? inner.arguments[0] : undefined;
}

/** The elements of `source` without repeats, first occurrences first. */
export function lowerUniqueElements(source: ts.Expression, ctx: TransformContext): Expr {
  const type = ctx.typeOf(source);
  if (!isArrayLikeType(ctx.checker, type)) {
    return ctx.fail(
      source,
      Diagnostics.unsupportedArgument(
        "new Set",
        `only an array can fill a Set here, not '${ctx.typeText(type)}'`,
      ),
    );
  }
  const element = elementTypeOf(ctx.checker, type);
  if (element && !isPrimitiveType(element)) {
    return ctx.fail(source, Diagnostics.referenceEquality(ctx.typeText(element)));
  }
  return nix.apply(ctx.helpers.use("jsUnique"), ctx.lower(source));
}
