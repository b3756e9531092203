// `throw new Error(message)` and `throw message` → Nix `throw message`. Nix is lazy: a throw fires only if its
// value is needed (see the README's notes on laziness).
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { toJsString } from "../library/to-js-string.js";
import { isStringType } from "../type-queries.js";
import { skipTypeWrappers } from "./type-erasure.js";

const ERROR_CONSTRUCTORS = new Set([
  "Error",
  "TypeError",
  "RangeError",
  "SyntaxError",
  "ReferenceError",
  "EvalError",
]);

export function lowerThrow(statement: ts.ThrowStatement, ctx: TransformContext): Expr {
  return nix.apply(nix.ident("throw"), throwMessage(statement.expression, ctx));
}

export function throwMessage(expression: ts.Expression, ctx: TransformContext): Expr {
  const value = skipTypeWrappers(expression);
  if ((ts.isNewExpression(value) || ts.isCallExpression(value)) && ts.isIdentifier(value.expression)) {
    if (ERROR_CONSTRUCTORS.has(value.expression.text)) {
      const message = value.arguments?.[0];
      if (!message) return nix.str(value.expression.text);
      return isStringType(ctx.typeOf(message)) ? ctx.lower(message) : toJsString(message, ctx);
    }
  }
  if (isStringType(ctx.typeOf(value))) return ctx.lower(value);
  return ctx.fail(expression, Diagnostics.throwValueNotSupported());
}
