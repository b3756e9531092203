// Global conversion functions (String(x), Boolean(x), Number(x), parseInt(s)) and the static members of Array and
// Number.
import { ts } from "../../typescript.js";
import { lowerUniqueElements, newSetSource } from "./sets.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { isArrayLikeType } from "../type-queries.js";
import { lowerCondition } from "../visitors/conditions.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { expectArguments, lowerInteger } from "./arguments.js";
import {
  callbackParameterCount,
  lowerCallback,
  lowerIndexedCallback,
  lowerIndexOnlyCallback,
} from "./callbacks.js";
import type { GlobalLowering, GlobalTable } from "./lowering-types.js";
import { numberConversion, parseIntConversion } from "./number-parsing.js";
import { toJsString } from "./to-js-string.js";

export const conversionFunctions: GlobalTable = {
  String: (call, ctx) => {
    if (!expectArguments(call, 0, 1, ctx)) return nix.NULL;
    const argument = call.arguments[0];
    return argument ? toJsString(argument, ctx) : nix.str("");
  },
  Boolean: (call, ctx) =>
    expectArguments(call, 1, 1, ctx) ? lowerCondition(call.arguments[0]!, ctx) : nix.NULL,
  Number: numberConversion,
  parseInt: parseIntConversion,
};

/** `{ length: n }` as the first argument of Array.from. */
function lengthObject(node: ts.Expression): ts.Expression | undefined {
  const inner = skipTypeWrappers(node);
  if (!ts.isObjectLiteralExpression(inner) || inner.properties.length !== 1) return undefined;
  const only = inner.properties[0]!;
  if (ts.isPropertyAssignment(only) && ts.isIdentifier(only.name) && only.name.text === "length")
    return only.initializer;
  return undefined;
}

/** Array.from({ length: n }, (_, i) => …) → builtins.genList; Array.from(xs, f) → map. */
const arrayFrom: GlobalLowering = (call, ctx) => {
  if (!expectArguments(call, 1, 2, ctx)) return nix.NULL;
  const [source, callback] = call.arguments as unknown as [ts.Expression, ts.Expression | undefined];
  const lengthNode = lengthObject(source);
  if (lengthNode) {
    const length = lowerInteger(lengthNode, "The length", ctx);
    if (!callback)
      return nix.callBuiltin(
        "genList",
        ctx.lambda("_", () => nix.NULL),
        length,
      );
    const count = callbackParameterCount(callback, ctx);
    if (count <= 1)
      return nix.callBuiltin(
        "genList",
        ctx.lambda("_", () => nix.apply(lowerCallback(callback, 1, ctx), nix.NULL)),
        length,
      );
    if (count > 2) return ctx.fail(callback, Diagnostics.callbackArity("Array.from"));
    // (_, i) => …: the element is always undefined; pass null for it.
    const indexOnly = lowerIndexOnlyCallback(callback, ctx);
    if (indexOnly) return nix.callBuiltin("genList", indexOnly, length);
    const fn = lowerCallback(callback, 2, ctx);
    return nix.callBuiltin(
      "genList",
      ctx.lambda("i", (i) => nix.apply(fn, nix.NULL, i)),
      length,
    );
  }
  // Array.from(xs) and Array.from(new Set(xs)) (xs without repeats), then mapped by the callback if there is one.
  const setSource = newSetSource(source, ctx);
  if (!setSource && !isArrayLikeType(ctx.checker, ctx.typeOf(source))) {
    return ctx.fail(
      source,
      Diagnostics.unsupportedArgument("Array.from", "only arrays and `{ length: n }` are supported."),
    );
  }
  const elements = setSource ? lowerUniqueElements(setSource, ctx) : ctx.lower(source);
  if (!callback) return elements;
  const count = callbackParameterCount(callback, ctx);
  if (count > 2) return ctx.fail(callback, Diagnostics.callbackArity("Array.from"));
  if (count <= 1) return nix.apply(nix.ident("map"), lowerCallback(callback, 1, ctx), elements);
  return ctx.bindOnce(elements, "list", (list) =>
    nix.callBuiltin("genList", lowerIndexedCallback(callback, list, ctx), nix.callBuiltin("length", list)),
  );
};

export const arrayStatics: GlobalTable = {
  from: arrayFrom,
  isArray: (call, ctx) =>
    expectArguments(call, 1, 1, ctx) ? nix.callBuiltin("isList", ctx.lower(call.arguments[0]!)) : nix.NULL,
  of: (call, ctx) => nix.list(call.arguments.map((a) => ctx.lower(a))),
};

function isIntegerTest(ctx: TransformContext, value: nix.Expr): nix.Expr {
  // Floats of magnitude ≥ 2^63 are all integers; below that, compare with floor (which would overflow above).
  return ctx.bindOnce(value, "x", (x) => {
    const big = nix.float(2 ** 63);
    const huge = nix.binop("||", nix.binop(">=", x, big), nix.binop("<=", x, nix.unary("-", big)));
    const integral = nix.binop("||", huge, nix.binop("==", x, nix.callBuiltin("floor", x)));
    return nix.binop(
      "||",
      nix.callBuiltin("isInt", x),
      nix.binop("&&", nix.callBuiltin("isFloat", x), integral),
    );
  });
}

export const numberStatics: GlobalTable = {
  parseInt: parseIntConversion,
  isInteger: (call, ctx) =>
    expectArguments(call, 1, 1, ctx) ? isIntegerTest(ctx, ctx.lower(call.arguments[0]!)) : nix.NULL,
};
