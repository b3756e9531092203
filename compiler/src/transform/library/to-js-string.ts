// JavaScript's String(x) in Nix, exactly or not at all: the conversion behind template literals, `"a" + x`,
// String(x), .join and .toString().
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import "../runtime/number-helpers.js";
import { knownNumber } from "./arguments.js";
import {
  includesNull,
  includesUndefined,
  isBooleanType,
  isNullOrUndefinedOnly,
  isNumberType,
  isStringType,
  nonNullable,
  typeParts,
} from "../type-queries.js";

/** Lower `node` to a Nix string equal to JavaScript's `String(node)`, or report why that is impossible. */
export function toJsString(node: ts.Expression, ctx: TransformContext): Expr {
  return convertValue(ctx.lower(node), ctx.typeOf(node), node, ctx);
}

/** Convert an already lowered value of type `type` (reported at `site`). */
export function convertValue(value: Expr, type: ts.Type, site: ts.Expression, ctx: TransformContext): Expr {
  if (isNullOrUndefinedOnly(type)) {
    if (includesNull(type) && includesUndefined(type)) return nullAmbiguity(type, site, ctx);
    return nix.str(includesNull(type) ? "null" : "undefined");
  }
  if (includesNull(type) || includesUndefined(type)) {
    if (includesNull(type) && includesUndefined(type)) return nullAmbiguity(type, site, ctx);
    const word = includesNull(type) ? "null" : "undefined";
    const inner = nonNullable(ctx.checker, type);
    return ctx.bindOnce(value, "v", (ref) =>
      nix.ifThenElse(nix.binop("==", ref, nix.NULL), nix.str(word), convertNonNull(ref, inner, site, ctx)),
    );
  }
  return convertNonNull(value, type, site, ctx);
}

function convertNonNull(value: Expr, type: ts.Type, site: ts.Expression, ctx: TransformContext): Expr {
  if (isStringType(type)) return value;
  const mixed = convertMixed(value, type, ctx);
  if (mixed) return mixed;
  if (isNumberType(type)) return numberToString(value, site, ctx);
  if (isBooleanType(type)) {
    if (value.kind === "ident" && (value.name === "true" || value.name === "false"))
      return nix.str(value.name);
    return nix.ifThenElse(value, nix.str("true"), nix.str("false"));
  }
  return ctx.fail(site, Diagnostics.stringConversion(ctx.typeText(type)));
}

function numberToString(value: Expr, site: ts.Expression, ctx: TransformContext): Expr {
  const literal = intLiteralText(value);
  if (literal !== undefined) return nix.str(literal);
  // A float known now (a literal, Math.PI) is whole or cannot be printed exactly; so is a const bound to one.
  const constant = floatLiteralValue(value);
  if (constant !== undefined) {
    return Number.isInteger(constant)
      ? nix.str(String(constant))
      : ctx.fail(site, Diagnostics.floatToString());
  }
  const known = knownNumber(site, ctx);
  if (known !== undefined && !Number.isInteger(known)) return ctx.fail(site, Diagnostics.floatToString());
  switch (ctx.numbers.of(site)) {
    case "int":
      return nix.apply(nix.ident("toString"), value);
    case "float":
    // Any other float may hold a whole number (`total / 2`), which jsNumberToString prints exactly; the rest is
    // refused when evaluated.
    case "unknown":
      return nix.apply(ctx.helpers.use("jsNumberToString"), value);
  }
}

function floatLiteralValue(value: Expr): number | undefined {
  if (value.kind === "float") return value.value;
  if (value.kind === "unary" && value.op === "-" && value.operand.kind === "float")
    return -value.operand.value;
  return undefined;
}

function intLiteralText(value: Expr): string | undefined {
  if (value.kind === "int") return value.value.toString();
  if (value.kind === "unary" && value.op === "-" && value.operand.kind === "int") {
    return value.operand.value === 0n ? "0" : `-${value.operand.value}`;
  }
  return undefined;
}

function nullAmbiguity(type: ts.Type, site: ts.Expression, ctx: TransformContext): Expr {
  return ctx.fail(site, Diagnostics.nullUndefinedAmbiguous(ctx.typeText(type)));
}

/** A union of strings, numbers and booleans: decided when evaluated, by builtins type tests. */
function convertMixed(value: Expr, type: ts.Type, ctx: TransformContext): Expr | undefined {
  const parts = typeParts(type);
  const has = (test: (t: ts.Type) => boolean) => parts.some(test);
  const categories = [has(isStringType), has(isNumberType), has(isBooleanType)].filter(Boolean).length;
  if (categories < 2 || !parts.every((t) => isStringType(t) || isNumberType(t) || isBooleanType(t)))
    return undefined;
  return ctx.bindOnce(value, "v", (v) => {
    let result: Expr = has(isNumberType)
      ? nix.apply(ctx.helpers.use("jsNumberToString"), v)
      : nix.ifThenElse(v, nix.str("true"), nix.str("false"));
    if (has(isBooleanType) && has(isNumberType)) {
      result = nix.ifThenElse(
        nix.callBuiltin("isBool", v),
        nix.ifThenElse(v, nix.str("true"), nix.str("false")),
        result,
      );
    }
    return has(isStringType) ? nix.ifThenElse(nix.callBuiltin("isString", v), v, result) : result;
  });
}
