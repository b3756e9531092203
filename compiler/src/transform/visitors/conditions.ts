// Conditions and the ternary. Nix's `if`, `&&`, `||` and `!` accept only booleans, so JS truthiness is made
// explicit where it is exact (objects/arrays/functions that may be null: `x != null`) and refused otherwise.
import { ts } from "ts-morph";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext, VisitorTable } from "../context.js";
import { isBooleanType, isNullableObjectType, isObjectPart, typeParts } from "../type-queries.js";

export type TruthinessKind = "boolean" | "nullable-object" | "object";

/** How JS truthiness of `node` can be expressed exactly in Nix, or undefined when it cannot. */
export function truthinessOf(node: ts.Expression, ctx: TransformContext): TruthinessKind | undefined {
  const type = ctx.typeOf(node);
  if (isBooleanType(type)) return "boolean";
  if (isNullableObjectType(ctx.checker, type)) return "nullable-object";
  if (typeParts(type).every((t) => isObjectPart(ctx.checker, t))) return "object";
  return undefined;
}

/** Lower `node` as a condition: a Nix boolean that is true exactly when the JS value is truthy. */
export function lowerCondition(node: ts.Expression, ctx: TransformContext): Expr {
  return conditionFromValue(ctx.lower(node), node, ctx);
}

/** Turn an already lowered value of `node`'s type into a boolean by JS truthiness. */
export function conditionFromValue(value: Expr, node: ts.Expression, ctx: TransformContext): Expr {
  switch (truthinessOf(node, ctx)) {
    case "boolean":
      return value;
    case "nullable-object":
      return nix.binop("!=", value, nix.NULL);
    case "object":
      return nix.TRUE; // objects, arrays and functions are always truthy
    case undefined:
      return ctx.fail(node, Diagnostics.truthiness(ctx.typeText(node)));
  }
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

/** JS truthiness of a lowered value of `type` (reported at `site` when it cannot be exact). */
export function truthinessOfType(value: Expr, type: ts.Type, site: ts.Node, ctx: TransformContext): Expr {
  if (isBooleanType(type)) return value;
  if (isNullableObjectType(ctx.checker, type)) return nix.binop("!=", value, nix.NULL);
  if (typeParts(type).every((t) => isObjectPart(ctx.checker, t))) return nix.TRUE;
  return ctx.fail(site, Diagnostics.truthiness(ctx.typeText(type)));
}
