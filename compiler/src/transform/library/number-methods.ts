// Number.prototype and Boolean.prototype members with an exact Nix equivalent.
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import { expectArguments } from "./arguments.js";
import type { MethodLowering, MethodTable } from "./lowering-types.js";
import { convertValue } from "./to-js-string.js";

/** `x.toString()` — like String(x); a radix argument is not supported. */
const toStringMethod: MethodLowering = (call, receiver, ctx) => {
  if (!expectArguments(call, 0, 0, ctx)) return nix.NULL;
  const callee = call.expression as ts.PropertyAccessExpression;
  return convertValue(
    receiver,
    ctx.checker.getNonNullableType(ctx.typeOf(callee.expression)),
    callee.expression,
    ctx,
  );
};

export const numberMethods: MethodTable = { toString: toStringMethod };
export const booleanMethods: MethodTable = { toString: toStringMethod };
