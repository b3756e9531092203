// sort/toSorted: `builtins.sort` is stable like JS's, and takes a strict less-than; a JS comparator `cmp` becomes
// `a: b: cmp a b < 0`, and `(a, b) => a - b` becomes `builtins.lessThan`. Without a comparator JS compares
// strings by UTF-16 code units, which string-order.ts reproduces; other element types are refused.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { elementTypeOf, isNumberType, isStringType } from "../type-queries.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { expectArguments, receiverNode } from "./arguments.js";
import { callbackParameterCount, lowerCallback } from "./callbacks.js";
import { stringLessThan } from "./string-order.js";
import "../runtime/number-helpers.js";

export function lowerSort(call: ts.CallExpression, receiver: Expr, ctx: TransformContext): Expr {
  if (!expectArguments(call, 0, 1, ctx)) return nix.NULL;
  const comparator = call.arguments[0];
  if (!comparator) {
    const element = elementTypeOf(ctx.checker, ctx.typeOf(receiverNode(call)));
    if (element && isNumberType(element) && !isStringType(element)) return numbersAsText(call, receiver, ctx);
    if (!element || !isStringType(element)) {
      return ctx.fail(call, Diagnostics.defaultSort(element ? ctx.typeText(element) : "unknown"));
    }
    return nix.callBuiltin("sort", stringLessThan(receiverNode(call), ctx), receiver);
  }
  const simple = simpleComparator(comparator);
  if (simple === "ascending") return nix.callBuiltin("sort", nix.builtin("lessThan"), receiver);
  if (simple === "descending")
    return nix.callBuiltin(
      "sort",
      ctx.lambda("a", (a) => ctx.lambda("b", (b) => nix.binop("<", b, a))),
      receiver,
    );
  if (callbackParameterCount(comparator, ctx) > 2)
    return ctx.fail(comparator, Diagnostics.callbackArity("sort"));
  const returns = ctx.typeOf(comparator).getCallSignatures()[0]?.getReturnType();
  if (returns && !isNumberType(returns)) {
    return ctx.fail(
      comparator,
      Diagnostics.unsupportedArgument("sort", "the comparator must return a number."),
    );
  }
  const compare = lowerCallback(comparator, 2, ctx);
  // `a: b: cmp` → `a: b: cmp < 0` when the comparator is a plain two-parameter lambda.
  if (
    compare.kind === "lambda" &&
    compare.body.kind === "lambda" &&
    compare.param.kind === "identParam" &&
    compare.body.param.kind === "identParam"
  ) {
    const lessThan = nix.lambda(
      compare.param,
      nix.lambda(compare.body.param, nix.binop("<", compare.body.body, nix.int(0))),
    );
    return nix.callBuiltin("sort", lessThan, receiver);
  }
  return ctx.bindOnce(compare, "compare", (cmp) =>
    nix.callBuiltin(
      "sort",
      ctx.lambda("a", (a) => ctx.lambda("b", (b) => nix.binop("<", nix.apply(cmp, a, b), nix.int(0)))),
      receiver,
    ),
  );
}

/**
 * `numbers.sort()`: JS compares the numbers' decimal text (`[10, 9].sort()` is `[10, 9]`). Ints print alike in Nix
 * (`toString`), and so do whole floats (jsNumberToString; a fraction stops when evaluated); the text is ASCII, so
 * byte order is JS's order. Elements that are int literals need no float case.
 */
function numbersAsText(call: ts.CallExpression, receiver: Expr, ctx: TransformContext): Expr {
  const list = skipTypeWrappers(receiverNode(call));
  const allInts =
    ts.isArrayLiteralExpression(list) &&
    list.elements.every((e) => !ts.isSpreadElement(e) && ctx.numbers.of(e) === "int");
  const text = (x: Expr) =>
    allInts ? nix.apply(nix.ident("toString"), x) : nix.apply(ctx.helpers.use("jsNumberToString"), x);
  return nix.callBuiltin(
    "sort",
    ctx.lambda("a", (a) => ctx.lambda("b", (b) => nix.binop("<", text(a), text(b)))),
    receiver,
  );
}

/** `(a, b) => a - b` / `(a, b) => b - a` on numbers. */
function simpleComparator(node: ts.Expression): "ascending" | "descending" | undefined {
  const fn = skipTypeWrappers(node);
  if (!ts.isArrowFunction(fn) || fn.parameters.length !== 2) return undefined;
  const [first, second] = fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : undefined));
  const body = ts.isBlock(fn.body) ? undefined : skipTypeWrappers(fn.body);
  if (!first || !second || !body || !ts.isBinaryExpression(body)) return undefined;
  if (body.operatorToken.kind !== ts.SyntaxKind.MinusToken) return undefined;
  const left = skipTypeWrappers(body.left);
  const right = skipTypeWrappers(body.right);
  if (!ts.isIdentifier(left) || !ts.isIdentifier(right)) return undefined;
  if (left.text === first && right.text === second) return "ascending";
  if (left.text === second && right.text === first) return "descending";
  return undefined;
}
