// `&&`, `||`, `!` and `??` with JS meaning: the left operand decides by (exact) truthiness, the result is an
// operand's value, and `??` treats a present null like a missing attribute.
import { ts } from "ts-morph";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { includesNull, includesNullish, isBooleanType, isOptionalProperty } from "../type-queries.js";
import { conditionFromValue, lowerCondition, truthinessOf } from "./conditions.js";
import { skipTypeWrappers } from "./type-erasure.js";

export function lowerLogicalAnd(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  if (isBooleanType(ctx.typeOf(node.left)) && isBooleanType(ctx.typeOf(node.right))) {
    return nix.binop("&&", lowerCondition(node.left, ctx), lowerCondition(node.right, ctx));
  }
  if (truthinessOf(node.left, ctx) === "boolean") {
    return nix.ifThenElse(lowerCondition(node.left, ctx), ctx.lower(node.right), nix.FALSE);
  }
  // A nullable object: falsy exactly when null, and then `&&` yields that null.
  return ctx.bindOnce(ctx.lower(node.left), "left", (left) =>
    nix.ifThenElse(conditionFromValue(left, node.left, ctx), ctx.lower(node.right), left),
  );
}

export function lowerLogicalOr(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  if (isBooleanType(ctx.typeOf(node.left)) && isBooleanType(ctx.typeOf(node.right))) {
    return nix.binop("||", lowerCondition(node.left, ctx), lowerCondition(node.right, ctx));
  }
  if (truthinessOf(node.left, ctx) === "boolean") {
    return nix.ifThenElse(lowerCondition(node.left, ctx), nix.TRUE, ctx.lower(node.right));
  }
  return ctx.bindOnce(ctx.lower(node.left), "left", (left) =>
    nix.ifThenElse(conditionFromValue(left, node.left, ctx), left, ctx.lower(node.right)),
  );
}

export function lowerLogicalNot(node: ts.PrefixUnaryExpression, ctx: TransformContext): Expr {
  return nix.not(lowerCondition(node.operand, ctx));
}

/** `a ?? b`: `if a == null then b else a`, or `o.x or b` when `x` is an optional property that is never null. */
export function lowerNullishCoalescing(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  const leftType = ctx.typeOf(node.left);
  if (!includesNullish(leftType)) return ctx.lower(node.left);
  const orForm = lowerAsSelectOr(node, ctx);
  if (orForm) return orForm;
  return ctx.bindOnce(ctx.lower(node.left), "value", (value) =>
    nix.ifThenElse(nix.binop("==", value, nix.NULL), ctx.lower(node.right), value),
  );
}

function lowerAsSelectOr(node: ts.BinaryExpression, ctx: TransformContext): Expr | undefined {
  const left = skipTypeWrappers(node.left);
  if (!ts.isPropertyAccessExpression(left) || left.questionDotToken || ts.isOptionalChain(left))
    return undefined;
  const property = ctx.checker.getSymbolAtLocation(left.name);
  if (!property || !isOptionalProperty(property)) return undefined;
  const declared = ctx.checker.getTypeOfSymbol(property);
  if (includesNull(declared)) return undefined;
  const lowered = ctx.lower(left);
  if (lowered.kind !== "select") return undefined;
  return nix.select(lowered.expr, lowered.path, ctx.lower(node.right));
}
