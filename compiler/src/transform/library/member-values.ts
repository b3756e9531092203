// Library members read as values (not called): `.length` of arrays and strings, Math.PI, Number.MAX_SAFE_INTEGER.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { isArrayLikeType, isStringType } from "../type-queries.js";
import { isKnownAscii, knownString } from "./arguments.js";
import { globalMember } from "./globals.js";

const GLOBAL_CONSTANTS: Readonly<Record<string, () => Expr>> = {
  "Math.PI": () => nix.float(Math.PI),
  "Math.E": () => nix.float(Math.E),
  "Math.LN2": () => nix.float(Math.LN2),
  "Math.LN10": () => nix.float(Math.LN10),
  "Math.SQRT2": () => nix.float(Math.SQRT2),
  "Number.MAX_SAFE_INTEGER": () => nix.int(Number.MAX_SAFE_INTEGER),
  "Number.MIN_SAFE_INTEGER": () => nix.int(Number.MIN_SAFE_INTEGER),
  "Number.EPSILON": () => nix.float(Number.EPSILON),
};

/** A global constant like `Math.PI`, checked before the receiver is lowered (globals have no Nix value). */
export function lowerGlobalConstant(
  node: ts.PropertyAccessExpression,
  ctx: TransformContext,
): Expr | undefined {
  const member = globalMember(node, ctx);
  if (!member) return undefined;
  const key = member.join(".");
  const constant = GLOBAL_CONSTANTS[key];
  return constant ? constant() : ctx.fail(node, Diagnostics.unsupportedMember(member[0], member[1]));
}

/** `.length` and other non-call members of library types, on an already lowered receiver. */
export function lowerMemberValue(
  node: ts.PropertyAccessExpression,
  receiver: Expr,
  ctx: TransformContext,
): Expr | undefined {
  const type = ctx.checker.getNonNullableType(ctx.typeOf(node.expression));
  const name = node.name.text;
  if (isArrayLikeType(ctx.checker, type)) {
    if (name === "length") return nix.callBuiltin("length", receiver);
    return ctx.fail(node.name, Diagnostics.unsupportedMember("Array.prototype", name));
  }
  if (isStringType(type)) {
    if (name !== "length")
      return ctx.fail(node.name, Diagnostics.unsupportedMember("String.prototype", name));
    // Text known now is measured now, in UTF-16 units as JS does; other text when evaluated (jsStringLength).
    const known = knownString(node.expression, ctx);
    if (known !== undefined && !isKnownAscii(node.expression, ctx)) return nix.int(known.length);
    if (isKnownAscii(node.expression, ctx)) return nix.callBuiltin("stringLength", receiver);
    return nix.apply(ctx.helpers.use("jsStringLength"), receiver);
  }
  return undefined;
}
