// Functions: arrow functions, function expressions and declarations, and methods in object literals. Nix functions
// take one argument, so several parameters are curried; a destructured parameter becomes a Nix pattern when it is
// a plain list of names. A function's Nix arity is the parameter count of its (contextual) type, at least one, so
// every call site can supply exactly that many arguments (see calls.ts).
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr, Param } from "../../nix/ast.js";
import type { TransformContext, VisitorTable } from "../context.js";
import { arityOfType, callSignaturesOf, nestedArityMismatch } from "../function-arity.js";
import { includesUndefined, mayHoldNull } from "../type-queries.js";
import { lowerBindingPattern } from "./destructuring.js";
import { lowerFunctionBody } from "./function-bodies.js";
import { restParameterProblem } from "./rest-parameters.js";

export type FunctionLike =
  ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration;

export { arityOfType };

/**
 * The arity callers will use for a function expression: that of its contextual type when user code or the tsnix
 * library declares that type (a callback parameter, an annotated const), else its own parameter count. Callbacks
 * of JS library methods are excluded: their lowerings decide how many arguments they pass.
 */
export function contextualArity(node: ts.Expression, ctx: TransformContext): number | undefined {
  const contextual = ctx.checker.getContextualType(node);
  return contextual ? userArity(contextual, ctx) : undefined;
}

/** The arity of a function type declared by user code or the tsnix library (not by the JS library). */
function userArity(type: ts.Type, ctx: TransformContext): number | undefined {
  const signatures = callSignaturesOf(type);
  if (signatures.length === 0) return undefined;
  for (const signature of signatures) {
    const declaration = signature.getDeclaration();
    if (!declaration) return undefined;
    const file = declaration.getSourceFile();
    if (file.isDeclarationFile && !ctx.facts.isLibraryFile(file)) return undefined;
  }
  return arityOfType(type);
}

/**
 * The arity of a declared function (its type's, so overloads with more parameters than the implementation count)
 * or of a method of an object literal (the arity of the member of the literal's contextual type, if it has one).
 */
function declaredArity(node: ts.FunctionDeclaration | ts.MethodDeclaration, ctx: TransformContext): number {
  const own = Math.max(1, node.parameters.length);
  if (ts.isFunctionDeclaration(node)) {
    if (!node.name) return own;
    const symbol = ctx.checker.getSymbolAtLocation(node.name);
    return (symbol && arityOfType(ctx.checker.getTypeOfSymbolAtLocation(symbol, node.name))) ?? own;
  }
  const literal = node.parent;
  if (!ts.isObjectLiteralExpression(literal)) return own;
  const contextual = ctx.checker.getContextualType(literal);
  const name = node.name.getText();
  const member =
    contextual &&
    ctx.checker
      .getNonNullableType(contextual)
      .getProperty(ts.isIdentifier(node.name) ? node.name.text : name);
  return (member && userArity(ctx.checker.getTypeOfSymbol(member), ctx)) ?? own;
}

/** `arity` overrides the contextual arity (library lowerings pass what their Nix builtin calls with). */
export function lowerFunctionLike(node: FunctionLike, ctx: TransformContext, arityOverride?: number): Expr {
  const unsupported = unsupportedFunction(node, ctx);
  if (unsupported) return unsupported;
  const arity =
    arityOverride ??
    (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)
      ? declaredArity(node, ctx)
      : (contextualArity(node, ctx) ?? Math.max(1, node.parameters.length)));
  const params: Param[] = [];
  const prelude: Binding[] = [];
  for (let i = 0; i < Math.max(arity, node.parameters.length); i++) {
    const parameter = node.parameters[i];
    if (i >= arity) {
      // The caller never passes this (optional) parameter: it is always its default.
      if (parameter) prelude.push(...bindMissingParameter(parameter, ctx));
      continue;
    }
    if (!parameter) {
      params.push(nix.identParam(ctx.naming.fresh("_")));
      continue;
    }
    const lowered = lowerParameter(parameter, ctx);
    params.push(lowered.param);
    prelude.push(...lowered.bindings);
  }
  const body = node.body
    ? ts.isBlock(node.body)
      ? lowerFunctionBody(node.body, ctx)
      : ctx.lower(node.body)
    : ctx.fail(node, Diagnostics.unsupportedSyntax("A function without a body"));
  const lambda = params.reduceRight<Expr>(
    (inner, param) => nix.lambda(param, inner),
    nix.letIn(prelude, body),
  );
  return selfReference(node, lambda, ctx);
}

function unsupportedFunction(node: FunctionLike, ctx: TransformContext): Expr | undefined {
  if (node.asteriskToken) return ctx.fail(node, Diagnostics.generatorNotSupported());
  if (node.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) {
    return ctx.fail(node, Diagnostics.asyncNotSupported());
  }
  for (const parameter of node.parameters) {
    if (parameter.dotDotDotToken) {
      const problem = restParameterProblem(node, ctx);
      if (problem) return ctx.fail(parameter, Diagnostics.restParameterNotSupported(problem));
    }
    if (ts.isIdentifier(parameter.name) && parameter.name.text === "this") {
      return ctx.fail(parameter, Diagnostics.thisNotSupported());
    }
  }
  return undefined;
}

/** A named function expression can call itself: `let fact = n: …; in fact`. */
function selfReference(node: FunctionLike, lambda: Expr, ctx: TransformContext): Expr {
  if (!ts.isFunctionExpression(node) || !node.name) return lambda;
  const symbol = ctx.checker.getSymbolAtLocation(node.name);
  if (!symbol) return lambda;
  const name = ctx.naming.nameOf(symbol);
  return nix.letIn([nix.bind(name, lambda)], nix.ident(name));
}

interface LoweredParameter {
  readonly param: Param;
  readonly bindings: readonly Binding[];
}

function lowerParameter(parameter: ts.ParameterDeclaration, ctx: TransformContext): LoweredParameter {
  const name = parameter.name;
  if (ts.isIdentifier(name)) {
    const symbol = ctx.checker.getSymbolAtLocation(name);
    const nixName = symbol ? ctx.naming.nameOf(symbol) : ctx.naming.fresh(name.text);
    if (!parameter.initializer) return { param: nix.identParam(nixName), bindings: [] };
    checkDefaultedParameter(parameter, ctx);
    const incoming = ctx.naming.fresh(nixName);
    const value = nix.ifThenElse(
      nix.binop("==", nix.ident(incoming), nix.NULL),
      ctx.lower(parameter.initializer),
      nix.ident(incoming),
    );
    return { param: nix.identParam(incoming), bindings: [nix.bind(nixName, value)] };
  }
  const pattern = simplePattern(name, parameter, ctx);
  if (pattern) return { param: pattern, bindings: [] };
  if (parameter.initializer) checkDefaultedParameter(parameter, ctx);
  const whole = ctx.naming.fresh(ts.isObjectBindingPattern(name) ? "args" : "tuple");
  const source = parameter.initializer
    ? nix.ifThenElse(
        nix.binop("==", nix.ident(whole), nix.NULL),
        ctx.lower(parameter.initializer),
        nix.ident(whole),
      )
    : nix.ident(whole);
  return { param: nix.identParam(whole), bindings: lowerBindingPattern(name, source, ctx) };
}

/**
 * JS applies a parameter's default when the argument is undefined, which tsnix passes as null: so a parameter that
 * may also receive a real null cannot have a default. Whether it may is asked of the type the parameter has inside
 * the function — its annotation, or the type it takes from its context (`const f: F = (x = 5) => …`), where `any`,
 * `unknown` and type parameters admit null; a caller may always leave the argument out (a function type with an
 * optional parameter admits this function), so undefined is always possible.
 */
function checkDefaultedParameter(parameter: ts.ParameterDeclaration, ctx: TransformContext): void {
  const type = ctx.typeOf(parameter.name);
  if (mayHoldNull(ctx.checker, type)) {
    const text = parameter.type ? parameter.type.getText() : ctx.typeText(type);
    ctx.report(parameter, Diagnostics.nullUndefinedAmbiguous(text));
  }
}

/**
 * `({ a, b = 1 }) => …` → `{ a, b ? 1, ... }:` when every element binds the property's own name, the name is
 * kept as is, and nothing is nested or renamed. Optional properties without a default get `? null`.
 */
function simplePattern(
  name: ts.BindingName,
  parameter: ts.ParameterDeclaration,
  ctx: TransformContext,
): Param | undefined {
  if (!ts.isObjectBindingPattern(name) || parameter.initializer) return undefined;
  const fields: nix.PatternField[] = [];
  for (const element of name.elements) {
    if (element.dotDotDotToken || element.propertyName || !ts.isIdentifier(element.name)) return undefined;
    const symbol = ctx.checker.getSymbolAtLocation(element.name);
    if (!symbol || ctx.naming.nameOf(symbol) !== element.name.text) return undefined;
    if (element.initializer) {
      fields.push(nix.field(element.name.text, ctx.lower(element.initializer)));
    } else {
      const optional = includesUndefined(ctx.checker.getTypeAtLocation(element));
      fields.push(nix.field(element.name.text, optional ? nix.NULL : undefined));
    }
  }
  return nix.patternParam(fields, { ellipsis: true });
}

function bindMissingParameter(parameter: ts.ParameterDeclaration, ctx: TransformContext): Binding[] {
  const value = parameter.initializer ? ctx.lower(parameter.initializer) : nix.NULL;
  if (ts.isIdentifier(parameter.name)) {
    const symbol = ctx.checker.getSymbolAtLocation(parameter.name);
    return [nix.bind(symbol ? ctx.naming.nameOf(symbol) : ctx.naming.fresh(parameter.name.text), value)];
  }
  return lowerBindingPattern(parameter.name, value, ctx);
}

/**
 * A function value that flows where a different arity is expected (`apply((a) => a, …)` where the parameter type
 * takes two arguments) is eta-expanded so that callers can pass exactly the arity of the type they see.
 */
export function adaptArity(node: ts.Expression, value: Expr, ctx: TransformContext): Expr {
  const type = ctx.typeOf(node);
  checkNestedArity(node, type, ctx);
  const own = arityOfType(type);
  if (own === undefined) return value;
  const expected = contextualArity(node, ctx);
  if (expected === undefined || expected === own) return value;
  return etaExpand(value, own, expected, ctx);
}

/**
 * A value whose functions sit inside it (members, elements, results) flowing into a view that gives one of them
 * another arity: refused, since a call through the view would pass another number of arguments. A generic
 * parameter is seen through its constraint (calls inside the generic function use it).
 */
function checkNestedArity(node: ts.Expression, type: ts.Type, ctx: TransformContext): void {
  for (const target of viewsOf(node, ctx)) {
    const mismatch = nestedArityMismatch(ctx.checker, type, target);
    if (mismatch) {
      ctx.report(node, Diagnostics.nestedArityView(mismatch.path, mismatch.own, mismatch.seen));
      return;
    }
  }
}

/** The types `node` is seen as where it flows: its contextual type, and a generic parameter's declared type. */
function viewsOf(node: ts.Expression, ctx: TransformContext): ts.Type[] {
  const views: ts.Type[] = [];
  const contextual = ctx.checker.getContextualType(node);
  if (contextual) views.push(contextual);
  const call = node.parent;
  if ((ts.isCallExpression(call) || ts.isNewExpression(call)) && call.arguments?.includes(node)) {
    const declaration = ctx.checker.getResolvedSignature(call)?.getDeclaration();
    const parameter = declaration?.parameters?.[call.arguments.indexOf(node)];
    if (parameter && !parameter.dotDotDotToken) views.push(ctx.checker.getTypeAtLocation(parameter));
  }
  return views;
}

/** `f` taking `own` arguments as a function taking `expected`: extra ones dropped, missing ones null. */
export function etaExpand(value: Expr, own: number, expected: number, ctx: TransformContext): Expr {
  return ctx.bindOnce(value, "fn", (fn) => {
    const names = Array.from({ length: expected }, () => ctx.naming.fresh("arg"));
    const args: Expr[] = names.slice(0, own).map(nix.ident);
    while (args.length < own) args.push(nix.NULL);
    return names.reduceRight<Expr>((body, name) => nix.lambda(name, body), nix.apply(fn, ...args));
  });
}

export const functionVisitors: VisitorTable = {
  [ts.SyntaxKind.ArrowFunction]: (node: ts.ArrowFunction, ctx: TransformContext) =>
    lowerFunctionLike(node, ctx),
  [ts.SyntaxKind.FunctionExpression]: (node: ts.FunctionExpression, ctx: TransformContext) =>
    lowerFunctionLike(node, ctx),
};
