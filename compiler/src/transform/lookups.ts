// Lookups TypeScript types as present that JavaScript answers with undefined when they miss: an index into an array
// or a string, or a key of a Record (string index signature) that is not a declared property.
import { ts } from "ts-morph";
import type { TransformContext } from "./context.js";
import { hasStringIndex } from "./type-queries.js";
import { skipTypeWrappers } from "./visitors/type-erasure.js";

export function lookupMayMiss(node: ts.Expression, ctx: TransformContext): boolean {
  const inner = skipTypeWrappers(node);
  if (ts.isElementAccessExpression(inner)) return true;
  if (!ts.isPropertyAccessExpression(inner)) return false;
  const receiver = ctx.checker.getNonNullableType(ctx.typeOf(inner.expression));
  return hasStringIndex(ctx.checker, receiver) && receiver.getProperty(inner.name.text) === undefined;
}
