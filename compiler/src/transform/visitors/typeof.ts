// `typeof x`: as a test against a literal it becomes a builtins type test; as a value, a runtime helper.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { defineHelpers } from "../runtime/helper-registry.js";
import { nullishOfNode } from "../lookups.js";
import { includesNull, includesUndefined } from "../type-queries.js";

const x = nix.ident("x");
const is = (name: string) => nix.callBuiltin(name, x);
const isNumber = nix.binop("||", is("isInt"), is("isFloat"));

defineHelpers({
  // JS typeof, with null reported as "object" (a caller wraps it when null stands for undefined).
  name: "jsTypeof",
  uses: [],
  definition: () =>
    nix.lambda(
      "x",
      [
        [is("isString"), "string"],
        [isNumber, "number"],
        [is("isBool"), "boolean"],
        [is("isFunction"), "function"],
      ].reduceRight<Expr>(
        (otherwise, [test, name]) => nix.ifThenElse(test as Expr, nix.str(name as string), otherwise),
        nix.str("object"),
      ),
    ),
});

/** `typeof operand === name` as a Nix boolean. */
export function lowerTypeofTest(node: ts.TypeOfExpression, name: string, ctx: TransformContext): Expr {
  const type = ctx.typeOf(node.expression);
  const nullMeans = nullMeaning(node.expression, ctx);
  const lowered = ctx.lower(node.expression);
  // A null whose type leaves open what it was (any, unknown, generics, lookups) stops when evaluated.
  const value =
    nullMeans === "open" && (name === "undefined" || name === "object")
      ? nix.apply(ctx.helpers.use("jsDefinite"), lowered)
      : lowered;
  const test = (builtin: string) => nix.callBuiltin(builtin, value);
  switch (name) {
    case "string":
      return test("isString");
    case "number":
      return ctx.bindOnce(value, "v", (v) =>
        nix.binop("||", nix.callBuiltin("isInt", v), nix.callBuiltin("isFloat", v)),
      );
    case "boolean":
      return test("isBool");
    case "function":
      return test("isFunction");
    case "undefined":
      if (nullMeans === "ambiguous")
        return ctx.fail(node, Diagnostics.nullUndefinedAmbiguous(ctx.typeText(type)));
      if (nullMeans === "open") return nix.binop("==", value, nix.NULL);
      return nullMeans === "undefined" ? nix.binop("==", value, nix.NULL) : nix.FALSE;
    case "object":
      if (nullMeans === "ambiguous")
        return ctx.fail(node, Diagnostics.nullUndefinedAmbiguous(ctx.typeText(type)));
      return ctx.bindOnce(value, "v", (v) => {
        const container = nix.binop("||", nix.callBuiltin("isAttrs", v), nix.callBuiltin("isList", v));
        return nullMeans === "null" ? nix.binop("||", nix.binop("==", v, nix.NULL), container) : container;
      });
    case "bigint":
    case "symbol":
      return nix.FALSE;
    default:
      return ctx.fail(node, Diagnostics.unknownTypeof());
  }
}

/**
 * What a runtime `null` of this expression stands for: by its type, and undefined for a lookup that may miss. "open"
 * when it may be either and the type does not spell both out (`any`, `unknown`, generics, a lookup of a nullable
 * value): checked when evaluated. A declared union of both (`number | null | undefined`) is "ambiguous": refused.
 */
function nullMeaning(
  node: ts.Expression,
  ctx: TransformContext,
): "null" | "undefined" | "ambiguous" | "open" | "none" {
  const type = ctx.typeOf(node);
  if (includesNull(type) && includesUndefined(type)) return "ambiguous";
  const kinds = nullishOfNode(node, ctx);
  if (kinds.null && kinds.undefined) return "open";
  return kinds.null ? "null" : kinds.undefined ? "undefined" : "none";
}

/** `typeof x` as a string value. */
export function lowerTypeofExpression(node: ts.TypeOfExpression, ctx: TransformContext): Expr {
  const type = ctx.typeOf(node.expression);
  const meaning = nullMeaning(node.expression, ctx);
  if (meaning === "ambiguous") return ctx.fail(node, Diagnostics.nullUndefinedAmbiguous(ctx.typeText(type)));
  const call = (v: Expr) => nix.apply(ctx.helpers.use("jsTypeof"), v);
  if (meaning === "open") return call(nix.apply(ctx.helpers.use("jsDefinite"), ctx.lower(node.expression)));
  if (meaning !== "undefined") return call(ctx.lower(node.expression));
  return ctx.bindOnce(ctx.lower(node.expression), "v", (v) =>
    nix.ifThenElse(nix.binop("==", v, nix.NULL), nix.str("undefined"), call(v)),
  );
}
