// `&&`, `||`, `!` and `??` with JS meaning: the left operand decides by (exact) truthiness, the result is an
// operand's value, and `??` treats a present null like a missing attribute.
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { lookupMayMiss } from "../lookups.js";
import { admitsAnyKind, includesNull, includesNullish, isBooleanType } from "../type-queries.js";
import { falsyValuesOfNode, negate, onlyBooleans, onlyFalsyValue, truthyTest } from "../truthiness.js";
import { lowerCondition } from "./conditions.js";
import { skipTypeWrappers } from "./type-erasure.js";

export function lowerLogicalAnd(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  // A lookup that misses is undefined, and `undefined && b` is undefined, not false.
  if (
    isBooleanType(ctx.typeOf(node.left)) &&
    isBooleanType(ctx.typeOf(node.right)) &&
    !lookupMayMiss(node.left, ctx)
  ) {
    return nix.binop("&&", lowerCondition(node.left, ctx), lowerCondition(node.right, ctx));
  }
  // A falsy left operand is the result: when the type allows one falsy value only, that value is written out.
  const falsy = falsyValuesOfNode(node.left, ctx);
  const only = onlyFalsyValue(falsy);
  if (only) return nix.ifThenElse(lowerCondition(node.left, ctx), ctx.lower(node.right), only);
  return ctx.bindOnce(ctx.lower(node.left), "left", (left) =>
    nix.ifThenElse(
      truthyTest(left, falsy, ctx, onlyBooleans(ctx.typeOf(node.left))),
      ctx.lower(node.right),
      left,
    ),
  );
}

export function lowerLogicalOr(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  if (isBooleanType(ctx.typeOf(node.left)) && isBooleanType(ctx.typeOf(node.right))) {
    return nix.binop("||", lowerCondition(node.left, ctx), lowerCondition(node.right, ctx));
  }
  // A truthy left operand is the result (`true` itself when the left side is a boolean).
  const falsy = falsyValuesOfNode(node.left, ctx);
  if (isBooleanType(ctx.typeOf(node.left)) && !includesNullish(ctx.typeOf(node.left))) {
    return nix.ifThenElse(lowerCondition(node.left, ctx), nix.TRUE, ctx.lower(node.right));
  }
  return ctx.bindOnce(ctx.lower(node.left), "left", (left) =>
    nix.ifThenElse(
      truthyTest(left, falsy, ctx, onlyBooleans(ctx.typeOf(node.left))),
      left,
      ctx.lower(node.right),
    ),
  );
}

export function lowerLogicalNot(node: ts.PrefixUnaryExpression, ctx: TransformContext): Expr {
  return negate(lowerCondition(node.operand, ctx));
}

/** `a ?? b`: `if a == null then b else a`, or `o.x or b` when a present `o.x` can never be null. */
export function lowerNullishCoalescing(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  const leftType = ctx.typeOf(node.left);
  // `any`, `unknown` and type parameters admit null and undefined whatever else they hold.
  const mayBeNullish = includesNullish(leftType) || admitsAnyKind(leftType);
  if (!mayBeNullish && !lookupMayMiss(node.left, ctx)) return ctx.lower(node.left);
  const left = ctx.lower(node.left);
  if (selectOrApplies(node.left, left, ctx) && left.kind === "select") {
    return nix.select(left.expr, left.path, ctx.lower(node.right));
  }
  // `record[k] ?? d` with a key known when evaluated: the lookup's own fallback.
  if (
    left.kind === "apply" &&
    left.arg.kind === "ident" &&
    left.arg.name === "null" &&
    left.fn.kind === "apply" &&
    left.fn.fn.kind === "apply" &&
    left.fn.fn.fn.kind === "ident" &&
    left.fn.fn.fn.name === "jsRecordLookup" &&
    !includesNull(ctx.typeOf(node.left)) &&
    !admitsAnyKind(ctx.typeOf(node.left))
  ) {
    return nix.apply(left.fn, ctx.lower(node.right));
  }
  return ctx.bindOnce(left, "value", (value) =>
    nix.ifThenElse(nix.binop("==", value, nix.NULL), ctx.lower(node.right), value),
  );
}

/** A lookup lowered to `o.x or null` whose present value is never null: the `or` can take the fallback itself. */
function selectOrApplies(node: ts.Expression, lowered: Expr, ctx: TransformContext): boolean {
  const inner = skipTypeWrappers(node);
  const isAccess = ts.isPropertyAccessExpression(inner) || ts.isElementAccessExpression(inner);
  return (
    isAccess &&
    !includesNull(ctx.typeOf(node)) &&
    !admitsAnyKind(ctx.typeOf(node)) &&
    lowered.kind === "select" &&
    lowered.default?.kind === "ident" &&
    lowered.default.name === "null"
  );
}
