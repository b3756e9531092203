// Array literals → Nix lists; spreads become `++`.
import { ts } from "../../typescript.js";
import { lowerUniqueElements, newSetSource } from "../library/sets.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext, VisitorTable } from "../context.js";
import { isArrayLikeType } from "../type-queries.js";
import { skipTypeWrappers } from "./type-erasure.js";

export function lowerArrayLiteral(node: ts.ArrayLiteralExpression, ctx: TransformContext): Expr {
  const segments: Expr[] = [];
  let pending: Expr[] = [];
  const flush = () => {
    if (pending.length > 0) segments.push(nix.list(pending));
    pending = [];
  };
  for (const element of node.elements) {
    if (ts.isSpreadElement(element) && ts.isArrayLiteralExpression(skipTypeWrappers(element.expression))) {
      // `[a, ...[b, c]]` is just `[a, b, c]`.
      const inner = lowerArrayLiteral(skipTypeWrappers(element.expression) as ts.ArrayLiteralExpression, ctx);
      if (inner.kind === "list") pending.push(...inner.items);
      else {
        flush();
        segments.push(inner);
      }
    } else if (ts.isSpreadElement(element)) {
      flush();
      segments.push(lowerArraySpread(element, ctx));
    } else if (ts.isOmittedExpression(element)) {
      ctx.report(element.parent, Diagnostics.unsupportedSyntax("An array with holes"));
    } else {
      pending.push(ctx.lower(element));
    }
  }
  flush();
  if (segments.length === 0) return nix.list([]);
  return segments.reduceRight((right, left) => nix.binop("++", left, right));
}

function lowerArraySpread(element: ts.SpreadElement, ctx: TransformContext): Expr {
  const setSource = newSetSource(element.expression, ctx);
  if (setSource) return lowerUniqueElements(setSource, ctx);
  const type = ctx.typeOf(element.expression);
  if (!isArrayLikeType(ctx.checker, type)) {
    return ctx.fail(
      element,
      Diagnostics.unsupportedArgument(
        "...",
        `only arrays can be spread into an array, not '${ctx.typeText(type)}'`,
      ),
    );
  }
  return ctx.lower(element.expression);
}

export const arrayVisitors: VisitorTable = {
  [ts.SyntaxKind.ArrayLiteralExpression]: lowerArrayLiteral,
};
