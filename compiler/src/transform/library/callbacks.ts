// Callbacks handed to JS library methods: how many parameters they use, and lowering them to a Nix function
// taking exactly the arguments the Nix builtin passes.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import { referencedNames } from "../../nix/traverse.js";
import type { TransformContext } from "../context.js";
import { isBooleanType } from "../type-queries.js";
import { truthinessOf } from "../truthiness.js";
import { globalName } from "./globals.js";
import { numberOfValue } from "./number-parsing.js";
import { convertValue } from "./to-js-string.js";
import { arityOfType, etaExpand, lowerFunctionLike } from "../visitors/functions.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";

type FunctionLiteral = ts.ArrowFunction | ts.FunctionExpression;

function asFunctionLiteral(node: ts.Expression): FunctionLiteral | undefined {
  const inner = skipTypeWrappers(node);
  return ts.isArrowFunction(inner) || ts.isFunctionExpression(inner) ? inner : undefined;
}

/** How many parameters the callback declares (a literal) or its type has (any other function value). */
export function callbackParameterCount(node: ts.Expression, ctx: TransformContext): number {
  const literal = asFunctionLiteral(node);
  if (literal) return literal.parameters.length;
  const signature = ctx.typeOf(node).getCallSignatures()[0];
  return signature ? signature.parameters.length : 1;
}

/** The callback as a curried Nix function of exactly `arity` arguments. */
export function lowerCallback(node: ts.Expression, arity: number, ctx: TransformContext): Expr {
  const literal = asFunctionLiteral(node);
  if (literal) return lowerFunctionLike(literal, ctx, arity);
  const conversion = lowerConversionCallback(node, arity, ctx);
  if (conversion) return conversion;
  const own = arityOfType(ctx.typeOf(node)) ?? 1;
  const value = ctx.lower(node);
  return own === arity ? value : etaExpand(value, own, arity, ctx);
}

/**
 * A predicate callback (filter, some, every, find…), lowered to take `arity` arguments (1, or 2 with the index) and
 * to return a Nix boolean: JS uses the truthiness of whatever it returns. Undefined after a diagnostic.
 */
export function predicate(
  callback: ts.Expression,
  method: string,
  ctx: TransformContext,
  arity = 1,
): Expr | undefined {
  if (callbackParameterCount(callback, ctx) > arity) {
    ctx.report(callback, Diagnostics.callbackArity(method));
    return undefined;
  }
  const fn = lowerCallback(callback, arity, ctx);
  const returns = ctx.typeOf(callback).getCallSignatures()[0]?.getReturnType();
  if (!returns || isBooleanType(returns)) return fn;
  return truthfulResult(fn, arity, returns, ctx);
}

/** A predicate that reads the index (or the array): `i: …` over the indices of `list`, returning a Nix boolean. */
export function indexedPredicate(
  callback: ts.Expression,
  method: string,
  list: Expr,
  ctx: TransformContext,
): Expr | undefined {
  if (callbackParameterCount(callback, ctx) > 3) {
    ctx.report(callback, Diagnostics.callbackArity(method));
    return undefined;
  }
  const test = lowerIndexedCallback(callback, list, ctx);
  const returns = ctx.typeOf(callback).getCallSignatures()[0]?.getReturnType();
  if (!returns || isBooleanType(returns)) return test;
  return truthfulResult(test, 1, returns, ctx);
}

/** `x: body` → `x: truthy(body)` (through `arity` lambdas), or `x: truthy(f x)` for any other function value. */
function truthfulResult(fn: Expr, arity: number, returns: ts.Type, ctx: TransformContext): Expr {
  const params: nix.Param[] = [];
  let body = fn;
  while (params.length < arity && body.kind === "lambda") {
    params.push(body.param);
    body = body.body;
  }
  if (params.length === arity) {
    return params.reduceRight<Expr>((inner, p) => nix.lambda(p, inner), truthinessOf(body, returns, ctx));
  }
  return ctx.bindOnce(fn, "f", (f) => {
    const names = Array.from({ length: arity }, () => ctx.naming.fresh("x"));
    const test = truthinessOf(nix.apply(f, ...names.map(nix.ident)), returns, ctx);
    return names.reduceRight<Expr>((inner, name) => nix.lambda(name, inner), test);
  });
}

/**
 * A `(_, i) => …` callback whose first parameter is never used (Array.from({ length }, …)): lowered as a function
 * of the index alone. Undefined when the callback is not such a literal.
 */
export function lowerIndexOnlyCallback(node: ts.Expression, ctx: TransformContext): Expr | undefined {
  const literal = asFunctionLiteral(node);
  if (!literal || literal.parameters.length !== 2) return undefined;
  const [first] = literal.parameters;
  if (!first || !ts.isIdentifier(first.name) || first.initializer) return undefined;
  const symbol = ctx.checker.getSymbolAtLocation(first.name);
  if (!symbol || isReferenced(literal.body, symbol, ctx)) return undefined;
  const lowered = lowerFunctionLike(literal, ctx, 2);
  // `_: i: body` → `i: body`: the first lambda's parameter is unused.
  return lowered.kind === "lambda" ? lowered.body : undefined;
}

function isReferenced(node: ts.Node, symbol: ts.Symbol, ctx: TransformContext): boolean {
  if (ts.isIdentifier(node) && ctx.checker.getSymbolAtLocation(node) === symbol) return true;
  return ts.forEachChild(node, (child) => isReferenced(child, symbol, ctx) || undefined) ?? false;
}

/**
 * An `(x, i) => …` callback run over the indices of `list`: `i: let x = builtins.elemAt list i; in …` when the
 * callback lowers to `x: i: …`, else `i: f (builtins.elemAt list i) i`. `leading` extra parameters (the
 * accumulator of reduce) stay in front: `acc: i: let x = …; in …`. A callback that also takes the array itself
 * (`(x, i, all) => …`) gets `list` there.
 */
export function lowerIndexedCallback(
  node: ts.Expression,
  list: Expr,
  ctx: TransformContext,
  leading = 0,
): Expr {
  const withArray = callbackParameterCount(node, ctx) > leading + 2;
  const fn = lowerCallback(node, leading + (withArray ? 3 : 2), ctx);
  const elementAt = (i: Expr) => nix.callBuiltin("elemAt", list, i);
  // Peel `acc…: x: i: [all:] body` into its parameters and body.
  const params: nix.Param[] = [];
  let body: Expr = fn;
  while (params.length < leading + (withArray ? 3 : 2) && body.kind === "lambda") {
    params.push(body.param);
    body = body.body;
  }
  const [element, index, array] = params.slice(leading);
  if (
    params.length === leading + (withArray ? 3 : 2) &&
    element?.kind === "identParam" &&
    index?.kind === "identParam" &&
    (array === undefined || array.kind === "identParam")
  ) {
    const used = referencedNames(body);
    const bindings = [
      ...(used.has(element.name) ? [nix.bind(element.name, elementAt(nix.ident(index.name)))] : []),
      ...(array?.kind === "identParam" && used.has(array.name) ? [nix.bind(array.name, list)] : []),
    ];
    const lambda = nix.lambda(index.name, nix.letIn(bindings, body));
    return params.slice(0, leading).reduceRight<Expr>((b, p) => nix.lambda(p, b), lambda);
  }
  return ctx.bindOnce(fn, "f", (f) => {
    const names = Array.from({ length: leading }, () => ctx.naming.fresh("acc"));
    const i = ctx.naming.fresh("i");
    const args = [
      ...names.map(nix.ident),
      elementAt(nix.ident(i)),
      nix.ident(i),
      ...(withArray ? [list] : []),
    ];
    const call = nix.apply(f, ...args);
    return [...names, i].reduceRight<Expr>((b, p) => nix.lambda(p, b), call);
  });
}

/**
 * `xs.map(String)`, `xs.map(Number)`, `xs.filter(Boolean)`: the JS globals used as callbacks, as lambdas
 * converting their first argument (whose type is the callback parameter's, e.g. the array's element type).
 */
function lowerConversionCallback(
  node: ts.Expression,
  arity: number,
  ctx: TransformContext,
): Expr | undefined {
  const name = globalName(node, ctx);
  if (name !== "String" && name !== "Boolean" && name !== "Number") return undefined;
  const signature = ctx.checker.getContextualType(node)?.getCallSignatures()[0];
  const parameter = signature?.parameters[0];
  if (!parameter) return undefined;
  const argumentType = ctx.checker.getTypeOfSymbol(parameter);
  const extra = Array.from({ length: arity - 1 }, () => ctx.naming.fresh("_"));
  const body = ctx.lambda("x", (x) =>
    name === "String"
      ? convertValue(x, argumentType, node, ctx)
      : name === "Number"
        ? numberOfValue(x, argumentType, node, ctx)
        : truthinessOf(x, argumentType, ctx),
  );
  if (body.kind !== "lambda") return body;
  // `x: toString x` is `toString`: `map toString xs` reads better.
  if (extra.length === 0 && body.param.kind === "identParam") {
    const { name: param } = body.param;
    const inner = body.body;
    if (
      inner.kind === "apply" &&
      inner.arg.kind === "ident" &&
      inner.arg.name === param &&
      !referencedNames(inner.fn).has(param)
    ) {
      return inner.fn;
    }
  }
  return nix.lambda(
    body.param,
    extra.reduceRight<Expr>((inner, p) => nix.lambda(p, inner), body.body),
  );
}
