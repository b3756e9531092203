// Calls of the tsnix library (import … from "tsnix"): each exported function has a lowering here.
import { ts } from "ts-morph";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { definitionLowerings } from "./definition-calls.js";

export type StdlibLowering = (call: ts.CallExpression, ctx: TransformContext) => Expr;

const lowerings: Readonly<Record<string, StdlibLowering>> = { ...definitionLowerings };

/** The exported name of the tsnix library function `node` calls, if it calls one. */
export function stdlibFunctionName(callee: ts.Expression, ctx: TransformContext): string | undefined {
  const inner = skipTypeWrappers(callee);
  const target = ts.isPropertyAccessExpression(inner) ? inner.name : inner;
  let symbol = ctx.checker.getSymbolAtLocation(target);
  if (!symbol) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = ctx.checker.getAliasedSymbol(symbol);
  const declaration = symbol.declarations?.[0];
  if (!declaration || !ctx.facts.isLibraryFile(declaration.getSourceFile())) return undefined;
  return symbol.name;
}

export function lowerStdlibCall(node: ts.CallExpression, ctx: TransformContext): Expr | undefined {
  const name = stdlibFunctionName(node.expression, ctx);
  if (name === undefined) return undefined;
  const lowering = Object.hasOwn(lowerings, name) ? lowerings[name] : undefined;
  if (!lowering) return ctx.fail(node.expression, Diagnostics.unsupportedMember("tsnix", name));
  return lowering(node, ctx);
}

/** The i-th argument lowered, or null (undefined) when absent. */
export function argumentOrNull(node: ts.CallExpression, index: number, ctx: TransformContext): Expr {
  const argument = node.arguments[index];
  return argument ? ctx.lower(argument) : nix.NULL;
}
