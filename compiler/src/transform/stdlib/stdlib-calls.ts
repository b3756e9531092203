// Calls of the tsnix library (import … from "tsnix"), looked up by the library path they name (`mkIf`,
// `types.attrsOf`, `builtins.readFile`): each has a lowering here or in the tables it collects.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { dotted, type LibraryPath, libraryValuePath } from "../modules/library-values.js";
import { definitionLowerings } from "./definition-calls.js";
import { flakeLowerings } from "./flake-calls.js";
import { moduleLowerings } from "./module-calls.js";
import { optionLowerings, lowerTypeConstructorCall } from "./option-calls.js";

export type StdlibLowering = (call: ts.CallExpression, ctx: TransformContext) => Expr;

const lowerings: Readonly<Record<string, StdlibLowering>> = {
  ...definitionLowerings,
  ...optionLowerings,
  ...moduleLowerings,
  ...flakeLowerings,
};

/** The exported name of the tsnix library function `callee` calls, if it calls one. */
export function stdlibFunctionName(callee: ts.Expression, ctx: TransformContext): string | undefined {
  const path = libraryValuePath(callee, ctx);
  return path && dotted(path);
}

export function lowerStdlibCall(node: ts.CallExpression, ctx: TransformContext): Expr | undefined {
  const path = libraryValuePath(node.expression, ctx);
  if (path === undefined) return undefined;
  const lowering = lookup(path);
  if (!lowering) return ctx.fail(node.expression, Diagnostics.unsupportedMember("tsnix", dotted(path)));
  return lowering(node, ctx);
}

function lookup(path: LibraryPath): StdlibLowering | undefined {
  const name = dotted(path);
  if (Object.hasOwn(lowerings, name)) return lowerings[name];
  if (path[0] === "types" && path.length > 1) return lowerTypeConstructorCall;
  if (path[0] === "builtins" && path.length === 2) return curriedCall(nix.builtin(path[1]!));
  return undefined;
}

/** A Nix function called with every argument, curried: `f a b`. */
export function curriedCall(fn: Expr): StdlibLowering {
  return (call, ctx) => nix.apply(fn, ...call.arguments.map((a) => ctx.lower(a)));
}

/** The i-th argument lowered, or null (undefined) when absent. */
export function argumentOrNull(node: ts.CallExpression, index: number, ctx: TransformContext): Expr {
  const argument = node.arguments[index];
  return argument ? ctx.lower(argument) : nix.NULL;
}

/** `lib.a.b`: a member of nixpkgs' lib (bound by the module function or the file around it). */
export function libMember(...path: readonly string[]): Expr {
  return nix.select(nix.ident("lib"), nix.keys(...path));
}
