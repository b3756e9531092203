// JSON.stringify and JSON.parse. Nix's toJSON sorts object keys while JS keeps insertion order, so stringify is
// refused for values whose key order the compiler cannot prove sorted, and checked when evaluated where only the
// value can tell (json-order.ts). JSON.stringify(undefined) is undefined, not text.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import "../runtime/json-helpers.js";
import { admitsAnyKind, includesUndefined } from "../type-queries.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { constInitializer, expectArguments } from "./arguments.js";
import { globalMember } from "./globals.js";
import { type JsonStep, jsonOrderOf } from "./json-order.js";
import { lowerJsonParse } from "./json-parse.js";
import type { GlobalTable } from "./lowering-types.js";

export const jsonFunctions: GlobalTable = {
  stringify: (call, ctx) => {
    if (!expectArguments(call, 1, 1, ctx)) return nix.NULL;
    const argument = call.arguments[0]!;
    const order = jsonOrderOf(argument, ctx);
    if ("problem" in order) {
      return ctx.fail(
        argument,
        order.reason === "function"
          ? Diagnostics.jsonUnwritable("a function")
          : Diagnostics.jsonKeyOrder(order.problem),
      );
    }
    const fractional = fractionalNumber(argument, ctx);
    if (fractional) return ctx.fail(fractional, Diagnostics.floatToString());
    return stringifyDefined(argument, order.open, ctx);
  },
  parse: lowerJsonParse,
};

/**
 * `jsJsonStringify value`, with the open parts' key order checked first. JS gives undefined for an undefined
 * argument though the result is typed `string`: refused when the type admits undefined, and checked when evaluated
 * when the type does not say (a null then may have been undefined).
 */
function stringifyDefined(
  argument: ts.Expression,
  open: readonly (readonly JsonStep[])[],
  ctx: TransformContext,
): nix.Expr {
  const type = ctx.typeOf(argument);
  const unknownKind = admitsAnyKind(type);
  if (!unknownKind && includesUndefined(type)) {
    return ctx.fail(argument, Diagnostics.jsonUnwritable(`'${ctx.typeText(type)}'`));
  }
  const nullCheck = unknownKind && !isJsonParseResult(argument, ctx);
  if (open.length === 0 && !nullCheck)
    return nix.apply(ctx.helpers.use("jsJsonStringify"), ctx.lower(argument));
  return ctx.bindOnce(ctx.lower(argument), "value", (value) => {
    let result = nix.apply(ctx.helpers.use("jsJsonStringify"), value);
    if (open.length > 0) {
      const checks = open.map((path) => nix.apply(ctx.helpers.use("jsJsonOneKeyEach"), partAt(value, path)));
      result = nix.assertThen(
        checks.reduce((a, b) => nix.binop("&&", a, b)),
        result,
      );
    }
    if (nullCheck) {
      const ambiguous = nix.throwError(
        `tsnix: JSON.stringify of null or undefined typed '${ctx.typeText(type)}': JavaScript writes "null" for one and gives undefined for the other`,
      );
      return nix.ifThenElse(nix.binop("==", value, nix.NULL), ambiguous, result);
    }
    return result;
  });
}

/** The part of `value` a path leads to; the last member may be missing (a member holding undefined). */
function partAt(value: nix.Expr, path: readonly JsonStep[]): nix.Expr {
  return path.reduce<nix.Expr>((expr, step, i) => {
    if ("element" in step) return nix.callBuiltin("elemAt", expr, nix.int(step.element));
    const last = i === path.length - 1;
    const key = nix.staticKey(step.member);
    return expr.kind === "select" && expr.default === undefined
      ? nix.select(expr.expr, [...expr.path, key], last ? nix.NULL : undefined)
      : nix.select(expr, [key], last ? nix.NULL : undefined);
  }, value);
}

/** A JSON.parse call (maybe behind a const chain): its value is never undefined and holds no functions. */
function isJsonParseResult(node: ts.Expression, ctx: TransformContext, depth = 0): boolean {
  const inner = skipTypeWrappers(node);
  const initializer = depth < 16 ? constInitializer(inner, ctx) : undefined;
  if (initializer) return isJsonParseResult(initializer, ctx, depth + 1);
  if (!ts.isCallExpression(inner)) return false;
  const callee = globalMember(inner.expression, ctx);
  return callee !== undefined && callee[0] === "JSON" && callee[1] === "parse";
}

/** A number known to be a float (like template literals, see to-js-string.ts): Nix would print it differently. */
function fractionalNumber(node: ts.Expression, ctx: TransformContext, depth = 0): ts.Expression | undefined {
  const inner = skipTypeWrappers(node);
  const initializer = constInitializer(inner, ctx);
  if (initializer && depth < 16) return fractionalNumber(initializer, ctx, depth + 1);
  if (ts.isObjectLiteralExpression(inner)) {
    for (const member of inner.properties) {
      const found = ts.isPropertyAssignment(member)
        ? fractionalNumber(member.initializer, ctx, depth + 1)
        : undefined;
      if (found) return found;
    }
    return undefined;
  }
  if (ts.isArrayLiteralExpression(inner)) {
    for (const element of inner.elements) {
      const found = ts.isSpreadElement(element) ? undefined : fractionalNumber(element, ctx, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  return ctx.numbers.of(inner) === "float" ? inner : undefined;
}
