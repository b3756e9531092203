// String.prototype members with an exact Nix equivalent. Positions count bytes (= UTF-16 units for ASCII text).
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import "../runtime/string-helpers.js";
import { isStringType } from "../type-queries.js";
import {
  checkAsciiReceiver,
  checkAsciiString,
  expectArguments,
  knownString,
  lowerArgument,
  lowerIndexArgument,
  literalString,
} from "./arguments.js";
import type { MethodLowering, MethodTable } from "./lowering-types.js";
import { toJsString } from "./to-js-string.js";

/**
 * Helpers that take the receiver as their last argument: `helper arg… receiver`. Methods that count positions need
 * ASCII text (refused at compile time for a known non-ASCII string); `anyText` ones (trimming) work on any text.
 */
const viaHelper =
  (
    helper: string,
    min: number,
    max: number,
    lowerArgs: (call: Parameters<MethodLowering>[0], ctx: Parameters<MethodLowering>[2]) => Expr[],
    anyText = false,
  ): MethodLowering =>
  (call, receiver, ctx) => {
    if (!expectArguments(call, min, max, ctx)) return nix.NULL;
    if (!anyText && !checkAsciiReceiver(call, ctx)) return nix.NULL;
    return nix.apply(ctx.helpers.use(helper), ...lowerArgs(call, ctx), receiver);
  };

/** padStart/padEnd: the fill is cut to the missing length, a position count too, so it must be ASCII as well. */
const padding =
  (atStart: boolean): MethodLowering =>
  (call, receiver, ctx) => {
    const fill = call.arguments[1];
    if (fill && !checkAsciiString(fill, ctx)) return nix.NULL;
    return viaHelper("jsPad", 1, 2, (c, cx) => [
      nix.bool(atStart),
      lowerIndexArgument(c, 0, cx),
      fill ? lowerArgument(c, 1, cx) : nix.str(" "),
    ])(call, receiver, ctx);
  };

const hasPrefix = (prefix: Expr, s: Expr): Expr =>
  nix.binop(
    "==",
    nix.callBuiltin("substring", nix.int(0), nix.callBuiltin("stringLength", prefix), s),
    prefix,
  );

/** `s.replaceAll(a, b)`: JS expands `$$`, `$&`, `` $` ``, `$'` in the replacement; literal ones are handled here. */
const replaceAll: MethodLowering = (call, receiver, ctx) => {
  if (!expectArguments(call, 2, 2, ctx)) return nix.NULL;
  const search = call.arguments[0]!;
  if (!isStringType(ctx.typeOf(search))) {
    return ctx.fail(search, Diagnostics.regexNotSupported());
  }
  const replacement = literalString(call, 1);
  if (replacement === undefined) {
    return ctx.fail(
      call.arguments[1]!,
      Diagnostics.unsupportedArgument(
        "replaceAll",
        "the replacement must be a string literal (JavaScript expands `$` patterns in it).",
      ),
    );
  }
  if (/\$[&`']/.test(replacement.replace(/\$\$/g, ""))) {
    return ctx.fail(
      call.arguments[1]!,
      Diagnostics.unsupportedArgument(
        "replaceAll",
        "`$&`, `` $` `` and `$'` in the replacement are not supported.",
      ),
    );
  }
  const text = replacement.replace(/\$\$/g, "$");
  // An empty search inserts the replacement between UTF-16 units in JS but between bytes in Nix: the same for
  // ASCII text only. A search known to be non-empty needs no check; an unknown one is checked when evaluated.
  const known = knownString(search, ctx);
  if (known === "" && !checkAsciiReceiver(call, ctx)) return nix.NULL;
  if (known === undefined) {
    return nix.apply(ctx.helpers.use("jsReplaceAll"), ctx.lower(search), nix.str(text), receiver);
  }
  const subject = known === "" ? nix.apply(ctx.helpers.use("jsAscii"), receiver) : receiver;
  return nix.callBuiltin("replaceStrings", nix.list([ctx.lower(search)]), nix.list([nix.str(text)]), subject);
};

/**
 * `s.replace(search, replacement)` with a string search replaces the first occurrence only; the replacement's `$`
 * patterns are expanded as JS does, when evaluated (jsReplaceFirst). A replacement function is refused.
 */
const replace: MethodLowering = (call, receiver, ctx) => {
  if (!expectArguments(call, 2, 2, ctx)) return nix.NULL;
  const search = call.arguments[0]!;
  const replacement = call.arguments[1]!;
  if (!isStringType(ctx.typeOf(search))) return ctx.fail(search, Diagnostics.regexNotSupported());
  if (!isStringType(ctx.typeOf(replacement))) return ctx.fail(replacement, Diagnostics.replaceFirst());
  return nix.apply(ctx.helpers.use("jsReplaceFirst"), ctx.lower(search), ctx.lower(replacement), receiver);
};

const identity: MethodLowering = (call, receiver, ctx) =>
  expectArguments(call, 0, 0, ctx) ? receiver : nix.NULL;

export const stringMethods: MethodTable = {
  toString: identity,
  valueOf: identity,
  toUpperCase: viaHelper("jsToUpperCase", 0, 0, () => []),
  toLowerCase: viaHelper("jsToLowerCase", 0, 0, () => []),
  // Whitespace is found by pattern, not position: exact on any text (non-ASCII spaces at the ends are refused
  // when evaluated).
  trim: viaHelper("jsTrim", 0, 0, () => [], true),
  trimStart: viaHelper("jsTrimStart", 0, 0, () => [], true),
  trimEnd: viaHelper("jsTrimEnd", 0, 0, () => [], true),
  slice: viaHelper("jsStringSlice", 0, 2, (call, ctx) => [
    call.arguments[0] ? lowerIndexArgument(call, 0, ctx) : nix.int(0),
    lowerIndexArgument(call, 1, ctx),
  ]),
  substring: viaHelper("jsSubstring", 1, 2, (call, ctx) => [
    lowerIndexArgument(call, 0, ctx),
    lowerIndexArgument(call, 1, ctx),
  ]),
  indexOf: viaHelper("jsStringIndexOf", 1, 1, (call, ctx) => [lowerArgument(call, 0, ctx)]),
  lastIndexOf: viaHelper("jsStringLastIndexOf", 1, 1, (call, ctx) => [lowerArgument(call, 0, ctx)]),
  padStart: padding(true),
  padEnd: padding(false),
  at: viaHelper("jsStringAtRelative", 1, 1, (call, ctx) => [lowerIndexArgument(call, 0, ctx)]),
  charAt: viaHelper("jsCharAt", 0, 1, (call, ctx) => [
    call.arguments[0] ? lowerIndexArgument(call, 0, ctx) : nix.int(0),
  ]),

  startsWith: (call, receiver, ctx) => {
    if (!expectArguments(call, 1, 1, ctx)) return nix.NULL;
    return ctx.bindOnce(lowerArgument(call, 0, ctx), "prefix", (prefix) => hasPrefix(prefix, receiver));
  },
  endsWith: (call, receiver, ctx) =>
    expectArguments(call, 1, 1, ctx)
      ? nix.apply(ctx.helpers.use("jsEndsWith"), lowerArgument(call, 0, ctx), receiver)
      : nix.NULL,

  includes: (call, receiver, ctx) =>
    expectArguments(call, 1, 1, ctx)
      ? nix.apply(ctx.helpers.use("jsStringIncludes"), lowerArgument(call, 0, ctx), receiver)
      : nix.NULL,

  split: (call, receiver, ctx) => {
    if (!expectArguments(call, 1, 1, ctx)) return nix.NULL;
    const separator = call.arguments[0]!;
    if (!isStringType(ctx.typeOf(separator))) return ctx.fail(separator, Diagnostics.regexNotSupported());
    // An empty separator cuts between UTF-16 units in JS, between bytes here: ASCII text only (checked).
    if (literalString(call, 0) === "") {
      if (!checkAsciiReceiver(call, ctx)) return nix.NULL;
      return nix.apply(ctx.helpers.use("jsSplitChars"), receiver);
    }
    return nix.apply(ctx.helpers.use("jsSplit"), ctx.lower(separator), receiver);
  },
  replaceAll,
  replace,
  repeat: (call, receiver, ctx) => {
    if (!expectArguments(call, 1, 1, ctx)) return nix.NULL;
    return nix.callBuiltin(
      "concatStringsSep",
      nix.str(""),
      nix.callBuiltin(
        "genList",
        ctx.lambda("_", () => receiver),
        lowerIndexArgument(call, 0, ctx),
      ),
    );
  },
  concat: (call, receiver, ctx) =>
    nix.str(
      receiver,
      ...call.arguments.map((a) => (isStringType(ctx.typeOf(a)) ? ctx.lower(a) : toJsString(a, ctx))),
    ),
};
