// Dispatch of `receiver.method(…)` on arrays, strings, numbers and booleans to the library tables.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { isArrayLikeType, isBooleanType, isNumberType, isStringType } from "../type-queries.js";
import { arrayMethods } from "./array-methods.js";
import { stringMethods } from "./string-methods.js";
import { booleanMethods, numberMethods } from "./number-methods.js";

import type { MethodTable } from "./lowering-types.js";

export function lowerMethodCall(
  node: ts.CallExpression,
  callee: ts.PropertyAccessExpression,
  receiver: Expr,
  ctx: TransformContext,
): Expr | undefined {
  const type = ctx.checker.getNonNullableType(ctx.typeOf(callee.expression));
  const name = callee.name.text;
  if (isArrayLikeType(ctx.checker, type)) return dispatch(arrayMethods, "Array", name, node, receiver, ctx);
  if (isStringType(type)) return dispatch(stringMethods, "String", name, node, receiver, ctx);
  if (isNumberType(type)) return dispatch(numberMethods, "Number", name, node, receiver, ctx);
  if (isBooleanType(type)) return dispatch(booleanMethods, "Boolean", name, node, receiver, ctx);
  return undefined;
}

function dispatch(
  table: MethodTable,
  owner: string,
  name: string,
  node: ts.CallExpression,
  receiver: Expr,
  ctx: TransformContext,
): Expr {
  const lowering = Object.hasOwn(table, name) ? table[name] : undefined;
  if (!lowering) return ctx.fail(node.expression, Diagnostics.unsupportedMember(`${owner}.prototype`, name));
  for (const argument of node.arguments) {
    if (ts.isSpreadElement(argument)) return ctx.fail(argument, Diagnostics.spreadArgumentNotSupported());
  }
  return lowering(node, receiver, ctx);
}
