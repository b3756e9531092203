// Number(x) and parseInt(s) / parseInt(s, 10), where Nix can match JavaScript exactly: numbers stay as they are,
// booleans become 1/0, and text holding a whole decimal number of at most 15 digits (so within ±2^53)
// becomes that number. Any other text — fractions, exponents, hex, "Infinity", garbage that JS turns into NaN — is
// refused when evaluated; a radix other than 10, and null (one Nix null stands for undefined too), now.
import { Diagnostics } from "../../diagnostics/codes.js";
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import "../runtime/number-helpers.js";
import {
  includesNullish,
  isBooleanType,
  isNullOrUndefinedOnly,
  isNumberType,
  isStringType,
} from "../type-queries.js";
import { expectArguments, knownNumber } from "./arguments.js";
import type { GlobalLowering } from "./lowering-types.js";

/** `Number(x)`: x is a number, a boolean, or text holding a whole decimal number. */
export const numberConversion: GlobalLowering = (call, ctx) => {
  if (!expectArguments(call, 0, 1, ctx)) return nix.NULL;
  const argument = call.arguments[0];
  if (!argument) return nix.int(0);
  return numberOfValue(ctx.lower(argument), ctx.typeOf(argument), argument, ctx);
};

/** JS's `Number(value)` for a value of `type` (already lowered); `site` is where to report a refusal. */
export function numberOfValue(value: Expr, type: ts.Type, site: ts.Node, ctx: TransformContext): Expr {
  if (isNumberType(type)) return value;
  if (isBooleanType(type)) return nix.ifThenElse(value, nix.int(1), nix.int(0));
  if (isStringType(type)) return nix.apply(ctx.helpers.use("jsNumberOfText"), value);
  if (isNullOrUndefinedOnly(type) || includesNullish(type)) {
    // Number(null) is 0 but Number(undefined) is NaN, and tsnix has one null for both.
    const why = `'${ctx.typeText(type)}' may be undefined, which is NaN`;
    return ctx.fail(site, Diagnostics.unsupportedArgument("Number", why));
  }
  return ctx.fail(
    site,
    Diagnostics.unsupportedArgument("Number", `'${ctx.typeText(type)}' has no exact number`),
  );
}

/** `parseInt(s)` and `parseInt(s, 10)`: the whole decimal number at the start of the text. */
export const parseIntConversion: GlobalLowering = (call, ctx) => {
  if (!expectArguments(call, 1, 2, ctx)) return nix.NULL;
  const [text, radix] = [call.arguments[0]!, call.arguments[1]];
  if (radix && knownNumber(radix, ctx) !== 10) {
    return ctx.fail(radix, Diagnostics.unsupportedArgument("parseInt", "only the radix 10 is supported."));
  }
  if (!isStringType(ctx.typeOf(text))) {
    return ctx.fail(text, Diagnostics.unsupportedArgument("parseInt", "the argument must be a string."));
  }
  // Without a radix, JS reads "0x1f" as hex; with 10 it stops at the "x".
  return nix.apply(ctx.helpers.use("jsParseInt"), nix.bool(radix !== undefined), ctx.lower(text));
};
