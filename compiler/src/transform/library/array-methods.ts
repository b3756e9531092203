// Array.prototype members with an exact Nix equivalent. Mutating members are refused (or accepted on a fresh
// array, where no one else can observe the mutation).
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import "../runtime/list-helpers.js";
import {
  elementTypeOf,
  includesNullish,
  isArrayLikeType,
  mayHoldNull,
  mayHoldUndefined,
  isPrimitiveType,
  isStringType,
} from "../type-queries.js";
import { lowerFunctionBody } from "../visitors/function-bodies.js";
import { functionOf } from "../statements/local-variables.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { globalMember } from "./globals.js";
import { expectArguments, lowerArgument, lowerIndexArgument, receiverNode } from "./arguments.js";
import {
  callbackParameterCount,
  indexedPredicate,
  lowerCallback,
  lowerIndexedCallback,
  predicate,
} from "./callbacks.js";
import type { MethodLowering, MethodTable } from "./lowering-types.js";
import { convertValue } from "./to-js-string.js";
import { lowerSort } from "./array-sort.js";
import { isFreshArray } from "./fresh-arrays.js";

const v = nix.ident;

// Generated lambdas get fresh parameter names (ctx.lambda): they wrap user code, whose free names they must not
// capture.

const indices = (list: Expr) =>
  nix.callBuiltin("genList", nix.lambda("i", v("i")), nix.callBuiltin("length", list));

const map: MethodLowering = (call, receiver, ctx) => {
  if (!expectArguments(call, 1, 1, ctx)) return nix.NULL;
  const callback = call.arguments[0]!;
  const count = callbackParameterCount(callback, ctx);
  const overEntries = mapOverEntries(call, callback, ctx);
  if (overEntries) return overEntries;
  if (count <= 1) return nix.apply(v("map"), lowerCallback(callback, 1, ctx), receiver);
  if (count > 3) return ctx.fail(callback, Diagnostics.callbackArity("map"));
  return ctx.bindOnce(receiver, "list", (list) =>
    nix.callBuiltin("genList", lowerIndexedCallback(callback, list, ctx), nix.callBuiltin("length", list)),
  );
};

/**
 * some/every/find…: a one-parameter boolean predicate goes to `build` as it is; one that also reads the index (or
 * the array) becomes a test of the index, `i: …`, for `buildIndexed` to run over the indices of `list`.
 */
const withPredicate =
  (
    method: string,
    build: (fn: Expr, list: Expr, ctx: TransformContext) => Expr,
    buildIndexed: (test: Expr, list: Expr, ctx: TransformContext) => Expr,
  ): MethodLowering =>
  (call, receiver, ctx) => {
    if (!expectArguments(call, 1, 1, ctx)) return nix.NULL;
    const callback = call.arguments[0]!;
    const count = callbackParameterCount(callback, ctx);
    if (count >= 2) {
      return ctx.bindOnce(receiver, "list", (list) => {
        const test = indexedPredicate(callback, method, list, ctx);
        return test ? buildIndexed(test, list, ctx) : nix.NULL;
      });
    }
    const fn = predicate(callback, method, ctx);
    return fn ? build(fn, receiver, ctx) : nix.NULL;
  };

/** The element at the index `found` computes, or null (undefined) for -1. */
const elementAtFound = (found: Expr, list: Expr, ctx: TransformContext): Expr =>
  ctx.bindOnce(found, "index", (index) =>
    nix.ifThenElse(nix.binop("<", index, nix.int(0)), nix.NULL, nix.callBuiltin("elemAt", list, index)),
  );

const filter: MethodLowering = (call, receiver, ctx) => {
  if (!expectArguments(call, 1, 1, ctx)) return nix.NULL;
  const callback = call.arguments[0]!;
  const count = callbackParameterCount(callback, ctx);
  if (count >= 2) {
    return ctx.bindOnce(receiver, "list", (list) => {
      const test = indexedPredicate(callback, "filter", list, ctx);
      if (!test) return nix.NULL;
      return nix.apply(
        v("map"),
        nix.lambda("i", nix.callBuiltin("elemAt", list, v("i"))),
        nix.callBuiltin("filter", test, indices(list)),
      );
    });
  }
  const fn = predicate(callback, "filter", ctx);
  return fn ? nix.callBuiltin("filter", fn, receiver) : nix.NULL;
};

const reduce: MethodLowering = (call, receiver, ctx) => {
  if (!expectArguments(call, 1, 2, ctx)) return nix.NULL;
  const callback = call.arguments[0]!;
  const count = callbackParameterCount(callback, ctx);
  if (count > 4) return ctx.fail(callback, Diagnostics.callbackArity("reduce"));
  const hasInitial = call.arguments.length === 2;
  if (count <= 2) {
    const fn = lowerCallback(callback, 2, ctx);
    if (hasInitial) return nix.callBuiltin("foldl'", fn, ctx.lower(call.arguments[1]!), receiver);
    // Without an initial value JS starts from the first element (and throws on an empty array, as head does).
    return ctx.bindOnce(receiver, "list", (list) =>
      nix.callBuiltin("foldl'", fn, nix.callBuiltin("head", list), nix.callBuiltin("tail", list)),
    );
  }
  return ctx.bindOnce(receiver, "list", (list) => {
    const step = lowerIndexedCallback(callback, list, ctx, 1);
    if (hasInitial) return nix.callBuiltin("foldl'", step, ctx.lower(call.arguments[1]!), indices(list));
    return nix.callBuiltin(
      "foldl'",
      step,
      nix.callBuiltin("head", list),
      nix.apply(ctx.helpers.use("jsDrop"), nix.int(1), indices(list)),
    );
  });
};

/**
 * `xs.includes(x)` / `indexOf` / `lastIndexOf` as `search x xs`. Nix has one null: where the list may hold null and
 * the searched value may be undefined (or the reverse), a null searched for in a list holding a null stops when
 * evaluated (`jsNullishSearch`); every other search is exact.
 */
function search(call: ts.CallExpression, fn: Expr, receiver: Expr, ctx: TransformContext): Expr {
  const element = elementTypeOf(ctx.checker, ctx.typeOf(receiverNode(call)));
  const sought = ctx.typeOf(call.arguments[0]!);
  const c = ctx.checker;
  const confusable =
    element !== undefined &&
    ((mayHoldNull(c, element) && mayHoldUndefined(c, sought)) ||
      (mayHoldUndefined(c, element) && mayHoldNull(c, sought)));
  const argument = lowerArgument(call, 0, ctx);
  if (confusable) return nix.apply(ctx.helpers.use("jsNullishSearch"), fn, argument, receiver);
  return nix.apply(fn, argument, receiver);
}

/** includes/indexOf compare with `===`: exact in Nix only for primitive elements. */
function checkPrimitiveElements(call: ts.CallExpression, ctx: TransformContext): boolean {
  const element = elementTypeOf(ctx.checker, ctx.typeOf(receiverNode(call)));
  if (element && !isPrimitiveType(element)) {
    ctx.report(call, Diagnostics.referenceEquality(ctx.typeText(element)));
    return false;
  }
  return true;
}

const find = (last: boolean): MethodLowering =>
  withPredicate(
    last ? "findLast" : "find",
    (fn, receiver, ctx) =>
      ctx.bindOnce(receiver, "list", (list) =>
        elementAtFound(
          nix.apply(ctx.helpers.use(last ? "jsFindLastIndex" : "jsFindIndex"), fn, list),
          list,
          ctx,
        ),
      ),
    (test, list, ctx) =>
      elementAtFound(
        nix.apply(ctx.helpers.use(last ? "jsFindLastIndexWhere" : "jsFindIndexWhere"), test, list),
        list,
        ctx,
      ),
  );

const join: MethodLowering = (call, receiver, ctx) => {
  if (!expectArguments(call, 0, 1, ctx)) return nix.NULL;
  const separator = call.arguments[0] ? ctx.lower(call.arguments[0]) : nix.str(",");
  const receiverType = ctx.typeOf(receiverNode(call));
  const element = elementTypeOf(ctx.checker, receiverType);
  if (!element) return ctx.fail(call, Diagnostics.stringConversion(ctx.typeText(receiverType)));
  let items = receiver;
  if (includesNullish(element)) {
    // JS joins null and undefined elements as empty strings.
    const inner = ctx.checker.getNonNullableType(element);
    const convert = ctx.lambda("x", (x) =>
      nix.ifThenElse(
        nix.binop("==", x, nix.NULL),
        nix.str(""),
        convertValue(x, inner, receiverNode(call), ctx),
      ),
    );
    items = nix.apply(v("map"), convert, receiver);
  } else if (!isStringType(element)) {
    items = nix.apply(
      v("map"),
      ctx.lambda("x", (x) => convertValue(x, element, receiverNode(call), ctx)),
      receiver,
    );
  }
  return nix.callBuiltin("concatStringsSep", separator, items);
};

const concat: MethodLowering = (call, receiver, ctx) => {
  const parts = call.arguments.map((argument) =>
    isArrayLikeType(ctx.checker, ctx.typeOf(argument))
      ? ctx.lower(argument)
      : nix.list([ctx.lower(argument)]),
  );
  return [receiver, ...parts].reduceRight((right, left) => nix.binop("++", left, right));
};

const flatMap: MethodLowering = (call, receiver, ctx) => {
  if (!expectArguments(call, 1, 1, ctx)) return nix.NULL;
  const callback = call.arguments[0]!;
  const count = callbackParameterCount(callback, ctx);
  if (count > 3) return ctx.fail(callback, Diagnostics.callbackArity("flatMap"));
  const returns = ctx.typeOf(callback).getCallSignatures()[0]?.getReturnType();
  const listResults = returns !== undefined && isArrayLikeType(ctx.checker, returns);
  // JS flattens only array results; other values are kept as one element.
  const asList = (result: Expr) =>
    listResults
      ? result
      : ctx.bindOnce(result, "result", (r) => nix.ifThenElse(nix.callBuiltin("isList", r), r, nix.list([r])));
  if (count >= 2) {
    // With the index (or the array): one result per index, concatenated.
    return ctx.bindOnce(receiver, "list", (list) => {
      const perIndex = lowerIndexedCallback(callback, list, ctx);
      const results = nix.callBuiltin("genList", perIndex, nix.callBuiltin("length", list));
      return listResults
        ? nix.callBuiltin("concatLists", results)
        : nix.callBuiltin("concatMap", ctx.lambda("r", asList), results);
    });
  }
  const fn = lowerCallback(callback, 1, ctx);
  if (listResults) return nix.callBuiltin("concatMap", fn, receiver);
  return ctx.bindOnce(fn, "f", (f) =>
    nix.callBuiltin(
      "concatMap",
      ctx.lambda("x", (x) => asList(nix.apply(f, x))),
      receiver,
    ),
  );
};

const flat: MethodLowering = (call, receiver, ctx) => {
  if (call.arguments.length > 0) {
    return ctx.fail(
      call,
      Diagnostics.unsupportedArgument("flat", "only the default depth of 1 is supported."),
    );
  }
  const element = elementTypeOf(ctx.checker, ctx.typeOf(receiverNode(call)));
  if (element && isArrayLikeType(ctx.checker, element)) return nix.callBuiltin("concatLists", receiver);
  return nix.callBuiltin(
    "concatMap",
    nix.lambda("x", nix.ifThenElse(nix.callBuiltin("isList", v("x")), v("x"), nix.list([v("x")]))),
    receiver,
  );
};

/**
 * A mutating method whose result is used. On a local variable, push & co. work as statements of their own (see
 * statements/); anywhere else the method would change an array other code can see.
 */
const mutating =
  (method: string, instead: string): MethodLowering =>
  (call, _receiver, ctx) => {
    const receiver = skipTypeWrappers(receiverNode(call));
    const declaration = ts.isIdentifier(receiver)
      ? ctx.checker.getSymbolAtLocation(receiver)?.valueDeclaration
      : undefined;
    const local =
      declaration !== undefined &&
      ts.isVariableDeclaration(declaration) &&
      functionOf(declaration) === functionOf(call);
    if (local && method !== "sort" && method !== "reverse")
      return ctx.fail(call, Diagnostics.mutatingCallValue(method));
    return ctx.fail(call, Diagnostics.mutatingMethod(method, instead));
  };

export const arrayMethods: MethodTable = {
  map,
  filter,
  reduce,
  some: withPredicate(
    "some",
    (fn, list) => nix.callBuiltin("any", fn, list),
    (test, list) => nix.callBuiltin("any", test, indices(list)),
  ),
  every: withPredicate(
    "every",
    (fn, list) => nix.callBuiltin("all", fn, list),
    (test, list) => nix.callBuiltin("all", test, indices(list)),
  ),
  find: find(false),
  findLast: find(true),
  findIndex: withPredicate(
    "findIndex",
    (fn, list, ctx) => nix.apply(ctx.helpers.use("jsFindIndex"), fn, list),
    (test, list, ctx) => nix.apply(ctx.helpers.use("jsFindIndexWhere"), test, list),
  ),
  findLastIndex: withPredicate(
    "findLastIndex",
    (fn, list, ctx) => nix.apply(ctx.helpers.use("jsFindLastIndex"), fn, list),
    (test, list, ctx) => nix.apply(ctx.helpers.use("jsFindLastIndexWhere"), test, list),
  ),
  includes: (call, receiver, ctx) =>
    expectArguments(call, 1, 1, ctx) && checkPrimitiveElements(call, ctx)
      ? search(call, nix.builtin("elem"), receiver, ctx)
      : nix.NULL,
  indexOf: (call, receiver, ctx) =>
    expectArguments(call, 1, 1, ctx) && checkPrimitiveElements(call, ctx)
      ? search(call, ctx.helpers.use("jsIndexOf"), receiver, ctx)
      : nix.NULL,
  lastIndexOf: (call, receiver, ctx) =>
    expectArguments(call, 1, 1, ctx) && checkPrimitiveElements(call, ctx)
      ? search(call, ctx.helpers.use("jsLastIndexOf"), receiver, ctx)
      : nix.NULL,
  slice: (call, receiver, ctx) => {
    if (!expectArguments(call, 0, 2, ctx)) return nix.NULL;
    if (call.arguments.length === 0) return receiver;
    return nix.apply(
      ctx.helpers.use("jsSlice"),
      lowerIndexArgument(call, 0, ctx),
      lowerIndexArgument(call, 1, ctx),
      receiver,
    );
  },
  at: (call, receiver, ctx) =>
    expectArguments(call, 1, 1, ctx)
      ? nix.apply(ctx.helpers.use("jsAt"), lowerIndexArgument(call, 0, ctx), receiver)
      : nix.NULL,
  concat,
  flat,
  flatMap,
  join,
  toSorted: (call, receiver, ctx) => lowerSort(call, receiver, ctx),
  sort: (call, receiver, ctx) =>
    isFreshArray(receiverNode(call), ctx)
      ? lowerSort(call, receiver, ctx)
      : mutating("sort", "toSorted")(call, receiver, ctx),
  toReversed: (call, receiver, ctx) =>
    expectArguments(call, 0, 0, ctx) ? nix.apply(ctx.helpers.use("jsReverse"), receiver) : nix.NULL,
  reverse: (call, receiver, ctx) =>
    isFreshArray(receiverNode(call), ctx)
      ? nix.apply(ctx.helpers.use("jsReverse"), receiver)
      : mutating("reverse", "toReversed")(call, receiver, ctx),
  push: mutating("push", "concat"),
  pop: mutating("pop", "slice"),
  shift: mutating("shift", "slice"),
  unshift: mutating("unshift", "concat"),
  splice: mutating("splice", "toSpliced"),
  fill: mutating("fill", "map"),
  copyWithin: mutating("copyWithin", "slice"),
  forEach: (call, _receiver, ctx) =>
    ctx.fail(
      call,
      Diagnostics.unsupportedArgument(
        "forEach",
        "has only side effects, which Nix does not have; use .map or .reduce.",
      ),
    ),
};

/**
 * `Object.entries(o).map(([k, v]) => …)` → `builtins.attrValues (builtins.mapAttrs (k: v: …) o)`: the same list
 * (entries come in attrNames order, as do attrValues) without building and taking apart pairs. The receiver was
 * already lowered, so Object.entries' own checks (key order, undefined members) have run.
 */
function mapOverEntries(
  call: ts.CallExpression,
  callback: ts.Expression,
  ctx: TransformContext,
): Expr | undefined {
  const source = skipTypeWrappers(receiverNode(call));
  if (!ts.isCallExpression(source) || source.arguments.length !== 1) return undefined;
  const owner = globalMember(source.expression, ctx);
  if (!owner || owner[0] !== "Object" || owner[1] !== "entries") return undefined;
  const fn = skipTypeWrappers(callback);
  if (!ts.isArrowFunction(fn) || fn.parameters.length !== 1) return undefined;
  const pattern = fn.parameters[0]!.name;
  if (!ts.isArrayBindingPattern(pattern) || pattern.elements.length !== 2) return undefined;
  const names = pattern.elements.map((element) =>
    ts.isBindingElement(element) &&
    ts.isIdentifier(element.name) &&
    !element.initializer &&
    !element.dotDotDotToken
      ? ctx.checker.getSymbolAtLocation(element.name)
      : undefined,
  );
  if (names.some((symbol) => symbol === undefined)) return undefined;
  const [key, value] = names.map((symbol) => ctx.naming.nameOf(symbol!));
  const body = ts.isBlock(fn.body) ? lowerFunctionBody(fn.body, ctx) : ctx.lower(fn.body);
  const mapped = nix.callBuiltin(
    "mapAttrs",
    nix.lambda(key!, nix.lambda(value!, body)),
    ctx.lower(source.arguments[0]!),
  );
  return nix.callBuiltin("attrValues", mapped);
}
