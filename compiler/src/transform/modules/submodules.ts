// `types.submodule(spec)` → `lib.types.submodule <module>`: the module is a plain set when nothing in it reads the
// submodule's arguments, and a function of `{ name, config, ... }` otherwise (as for a module's config function).
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr, PatternField } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { libMember } from "../stdlib/stdlib-calls.js";
import { folded, specProperties } from "./define-module.js";
import { unknownOptions } from "./definition-check.js";
import { asConfigFunction, lowerModuleFunction, modulePattern } from "./module-arguments.js";

export function lowerSubmodule(call: ts.CallExpression, ctx: TransformContext): Expr {
  return nix.apply(
    libMember("types", "submodule"),
    ctx.withModuleScope(() => submoduleModule(call, ctx)),
  );
}

function submoduleModule(call: ts.CallExpression, ctx: TransformContext): Expr {
  const argument = call.arguments[0] && skipTypeWrappers(call.arguments[0]);
  const outer = asConfigFunction(argument);
  if (outer) {
    // `types.submodule(({ name }) => ({ options: … }))`: its arguments are the module's own.
    const lowered = lowerModuleFunction(outer, ctx);
    return nix.lambda(modulePattern(lowered.fields, new Set()), nix.letIn(lowered.bindings, lowered.body));
  }
  const spec = specProperties(call, "types.submodule", ctx);
  if (!spec) return nix.attrs([]);
  const parts: Binding[] = [];
  const options = spec.get("options");
  if (options) parts.push(folded("options", ctx.lower(options)));
  const config = spec.get("config");
  const configFunction = asConfigFunction(config);
  let fields: readonly PatternField[] = [];
  let bindings: readonly Binding[] = [];
  if (configFunction) {
    for (const problem of unknownOptions(configFunction, ctx.checker)) ctx.diagnostics.add(problem);
    const lowered = lowerModuleFunction(configFunction, ctx);
    ({ fields, bindings } = lowered);
    parts.push(folded("config", lowered.body));
  } else if (config) {
    parts.push(folded("config", ctx.lower(config)));
  }
  const module = nix.letIn(bindings, nix.attrs(parts));
  return fields.length === 0 ? module : nix.lambda(modulePattern(fields, new Set()), module);
}
