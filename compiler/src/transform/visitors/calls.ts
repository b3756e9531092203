// Calls: JS library members (Math.floor, xs.map, s.trim, …) through the library tables, tsnix library functions
// through the stdlib table, and user functions by curried application with exactly the arity of the callee's type
// (missing optional arguments are passed as null, JS's undefined).
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext, VisitorTable } from "../context.js";
import { lowerGlobalCall } from "../library/global-calls.js";
import { lowerMethodCall } from "../library/method-calls.js";
import { isNixApiMember, lowerNixApiCall } from "../modules/nix-api-calls.js";
import { lowerStdlibCall } from "../stdlib/stdlib-calls.js";
import { isAny } from "../type-queries.js";
import { adaptArity, arityOfType } from "./functions.js";
import { lowerOptionalChain } from "./property-access.js";
import { packRestArguments } from "./rest-parameters.js";
import { skipTypeWrappers } from "./type-erasure.js";

export function lowerCallExpression(node: ts.CallExpression, ctx: TransformContext): Expr {
  if (ts.isOptionalChain(node)) return lowerOptionalChain(node, ctx);
  const global = lowerGlobalCall(node, ctx);
  if (global) return global;
  const stdlib = lowerStdlibCall(node, ctx);
  if (stdlib) return stdlib;
  const callee = skipTypeWrappers(node.expression);
  if (ts.isPropertyAccessExpression(callee))
    return lowerCallWithReceiver(node, ctx.lower(callee.expression), ctx);
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return ctx.fail(node, Diagnostics.asyncNotSupported());
  return lowerUserCall(node, ctx.lower(node.expression), ctx);
}

/** `receiver.method(…)` with the receiver already lowered (also used inside optional chains). */
export function lowerCallWithReceiver(node: ts.CallExpression, receiver: Expr, ctx: TransformContext): Expr {
  const callee = skipTypeWrappers(node.expression) as ts.PropertyAccessExpression;
  if (isAny(ctx.typeOf(callee.expression))) return ctx.fail(node.expression, Diagnostics.untypedCall());
  const property = ctx.checker.getSymbolAtLocation(callee.name);
  const declaration = property?.declarations?.[0];
  if (declaration && isNixApiMember(declaration, ctx)) {
    return lowerNixApiCall(node, nix.select(receiver, callee.name.text), ctx);
  }
  const library = lowerMethodCall(node, callee, receiver, ctx);
  if (library) return library;
  if (!declaration || declaration.getSourceFile().isDeclarationFile) {
    const owner = ctx.typeText(ctx.checker.getNonNullableType(ctx.typeOf(callee.expression)));
    return ctx.fail(callee.name, Diagnostics.unsupportedMember(owner, callee.name.text));
  }
  return lowerUserCall(node, nix.select(receiver, callee.name.text), ctx);
}

/**
 * `f(a, b)` → `f a b`, padded with null up to the arity of the callee's type — the largest parameter count among
 * its signatures, not the chosen overload's (function-arity.ts); at least one argument: `f()` → `f null`.
 */
export function lowerUserCall(node: ts.CallExpression, fn: Expr, ctx: TransformContext): Expr {
  if (isAny(ctx.typeOf(node.expression))) return ctx.fail(node.expression, Diagnostics.untypedCall());
  const signature = ctx.checker.getResolvedSignature(node);
  if (!signature) return ctx.fail(node.expression, Diagnostics.untypedCall());
  const packed = packRestArguments(node, signature, ctx);
  if (packed) return packed.length === 0 ? nix.NULL : nix.apply(fn, ...packed);
  for (const argument of node.arguments) {
    if (ts.isSpreadElement(argument)) return ctx.fail(argument, Diagnostics.spreadArgumentNotSupported());
  }
  const arity = arityOfType(ctx.typeOf(node.expression)) ?? Math.max(1, signature.parameters.length);
  const args: Expr[] = [];
  for (let i = 0; i < arity; i++) {
    const argument = node.arguments[i];
    args.push(argument ? ctx.lower(argument) : nix.NULL);
  }
  return nix.apply(fn, ...args);
}

export const callVisitors: VisitorTable = {
  [ts.SyntaxKind.CallExpression]: (node: ts.CallExpression, ctx: TransformContext) =>
    adaptArity(node, lowerCallExpression(node, ctx), ctx),
};
