// A module's config function `({ config, pkgs }) => …` becomes the module's own function pattern
// `{ config, pkgs, ... }:`. NixOS passes a module exactly the arguments its pattern names (functionArgs), so the
// names must be the module arguments' own: a renamed or nested destructuring reads from that argument in a `let`.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr, PatternField } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { lowerBindingPattern } from "../visitors/destructuring.js";
import { lowerFunctionBody } from "../visitors/function-bodies.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";

export type ConfigFunction = ts.ArrowFunction | ts.FunctionExpression;

/** The config function in `config: …`, when it is one (after type-only wrappers). */
export function asConfigFunction(node: ts.Expression | undefined): ConfigFunction | undefined {
  if (!node) return undefined;
  const inner = skipTypeWrappers(node);
  return ts.isArrowFunction(inner) || ts.isFunctionExpression(inner) ? inner : undefined;
}

export interface LoweredModuleFunction {
  /** The pattern's fields: the arguments the function names. */
  readonly fields: readonly PatternField[];
  /** Bindings for renamed and nested destructurings, read from the arguments. */
  readonly bindings: readonly Binding[];
  readonly body: Expr;
}

export function lowerModuleFunction(fn: ConfigFunction, ctx: TransformContext): LoweredModuleFunction {
  if (fn.parameters.length > 1 || fn.asteriskToken) {
    ctx.report(fn, Diagnostics.moduleFunctionArity());
  }
  const parameter = fn.parameters[0];
  const fields: PatternField[] = [];
  const bindings: Binding[] = [];
  if (parameter) {
    if (!ts.isObjectBindingPattern(parameter.name) || parameter.dotDotDotToken) {
      ctx.report(parameter, Diagnostics.moduleArgumentsNotDestructured());
    } else {
      for (const element of parameter.name.elements) destructureArgument(element, fields, bindings, ctx);
    }
  }
  const body = ts.isBlock(fn.body) ? lowerFunctionBody(fn.body, ctx) : ctx.lower(fn.body);
  return { fields, bindings, body };
}

function destructureArgument(
  element: ts.BindingElement,
  fields: PatternField[],
  bindings: Binding[],
  ctx: TransformContext,
): void {
  const key = element.propertyName ?? element.name;
  if (element.dotDotDotToken || !(ts.isIdentifier(key) || ts.isStringLiteral(key))) {
    ctx.report(element, Diagnostics.moduleArgumentsNotDestructured());
    return;
  }
  const argument = key.text;
  if (element.initializer) ctx.report(element.initializer, Diagnostics.moduleArgumentDefault(argument));
  if (!fields.some((f) => f.name === argument)) fields.push(nix.field(argument));
  recordArgumentBindings(element.name, ctx);
  if (ts.isIdentifier(element.name) && !element.propertyName) {
    // `{ config }`: the TS binding is the argument itself, under its own name.
    const symbol = ctx.checker.getSymbolAtLocation(element.name);
    if (symbol) ctx.naming.assign(symbol, argument);
    return;
  }
  bindings.push(...lowerBindingPattern(element.name, nix.ident(argument), ctx));
}

/** Every name a destructuring of a module argument binds holds (part of) a value NixOS passed. */
function recordArgumentBindings(name: ts.BindingName, ctx: TransformContext): void {
  if (ts.isIdentifier(name)) {
    const symbol = ctx.checker.getSymbolAtLocation(name);
    if (symbol) ctx.facts.moduleArguments.add(symbol);
    return;
  }
  for (const element of name.elements)
    if (!ts.isOmittedExpression(element)) recordArgumentBindings(element.name, ctx);
}

/** What generated code may refer to inside a module function, added to its pattern when used. */
export const MODULE_IMPLICIT = ["config", "inputs", "lib", "modulesPath"];

/** Module arguments in the order NixOS code conventionally names them; others follow in the order written. */
const CONVENTIONAL_ORDER = ["config", "options", "lib", "pkgs", "modulesPath", "name"];

/**
 * `{ config, lib, pkgs, ... }:` — the named arguments, plus those compiled code refers to without the function
 * naming them (`lib`, `inputs`, `config`, `modulesPath`; user bindings never take these names in such files).
 */
export function modulePattern(fields: readonly PatternField[], free: ReadonlySet<string>): nix.Param {
  const all = [...fields];
  for (const name of MODULE_IMPLICIT) {
    if (free.has(name) && !all.some((f) => f.name === name)) all.push(nix.field(name));
  }
  const rank = (name: string) => {
    const at = CONVENTIONAL_ORDER.indexOf(name);
    return at < 0 ? CONVENTIONAL_ORDER.length : at;
  };
  const ordered = all.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f.name) - rank(b.f.name) || a.i - b.i);
  return nix.patternParam(
    ordered.map(({ f }) => f),
    { ellipsis: true },
  );
}
