// `defineModule({ imports, options, config })` and `defineHost({ system, modules, config })` → a NixOS module
// function: `{ config, lib, ... }: { _file = "…"; imports = [ … ]; options = { … }; config = …; }`. A host is the
// module of its own configuration: its `modules` are the module's imports (its `system` is the flake's business).
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr, PatternField } from "../../nix/ast.js";
import { freeNames } from "../../nix/free-names.js";
import type { TransformContext } from "../context.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { unknownOptions } from "./definition-check.js";
import { asConfigFunction, lowerModuleFunction, modulePattern } from "./module-arguments.js";

/** The syntactic parts of a module definition (absent parts are left out of the Nix module too). */
export interface ModuleParts {
  /** A host this module extends (a variant's base): imported before `imports`. */
  readonly base?: ts.Expression;
  readonly imports?: ts.Expression;
  readonly options?: ts.Expression;
  readonly config?: ts.Expression;
}

/** Properties of a call's object-literal argument (the first by default) by name; undefined when not a literal. */
export function specProperties(
  call: ts.CallExpression,
  what: string,
  ctx: TransformContext,
  position = 0,
): ReadonlyMap<string, ts.Expression> | undefined {
  const argument = call.arguments[position] && skipTypeWrappers(call.arguments[position]);
  if (!argument || !ts.isObjectLiteralExpression(argument)) {
    ctx.report(call.arguments[position] ?? call, Diagnostics.moduleSpecNotLiteral(what));
    return undefined;
  }
  const properties = new Map<string, ts.Expression>();
  for (const property of argument.properties) {
    if (
      ts.isPropertyAssignment(property) &&
      (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
    ) {
      properties.set(property.name.text, property.initializer);
    } else if (ts.isShorthandPropertyAssignment(property)) {
      properties.set(property.name.text, property.name);
    } else if (ts.isMethodDeclaration(property) && ts.isIdentifier(property.name)) {
      ctx.report(
        property,
        Diagnostics.moduleSpecNotLiteral(`${what} (write \`${property.name.text}: (…) => …\`)`),
      );
    } else {
      ctx.report(property, Diagnostics.moduleSpecNotLiteral(what));
    }
  }
  return properties;
}

export interface ModuleIdentity {
  /** `_file`: where NixOS says a definition comes from (the TypeScript source, relative to the project). */
  readonly file: string;
  /** `key`: de-duplicates a module that is not its own file (a file's module is identified by its path). */
  readonly key?: string;
}

/** The Nix module function for `parts`; `lib.mk*` are used inside it, since `lib` is one of its arguments. */
export function lowerModuleDefinition(
  parts: ModuleParts,
  identity: ModuleIdentity,
  ctx: TransformContext,
): Expr {
  return ctx.withModuleScope(() => {
    const header: Binding[] = [nix.bind("_file", nix.str(identity.file))];
    if (identity.key !== undefined) header.push(nix.bind("key", nix.str(identity.key)));
    const imports = moduleImports(parts, ctx);
    if (imports) header.push(nix.bind("imports", imports));
    const fields: PatternField[] = [];
    const argumentBindings: Binding[] = [];
    const configFunction = asConfigFunction(parts.config);
    if (configFunction) {
      for (const problem of unknownOptions(configFunction, ctx.checker)) ctx.diagnostics.add(problem);
    }
    const options = lowerModulePart(parts.options, fields, argumentBindings, ctx);
    const config = lowerModulePart(parts.config, fields, argumentBindings, ctx);
    const module = nix.attrs([...header, ...moduleContents(options, config)]);
    const body = nix.letIn(argumentBindings, module);
    return nix.lambda(modulePattern(fields, freeNames(body)), body);
  });
}

/** `imports = [ … ];`: the modules `parts.base` stands for first (a variant's base host), then `imports`. */
function moduleImports(parts: ModuleParts, ctx: TransformContext): Expr | undefined {
  const base = parts.base && ctx.lower(parts.base);
  const listed = parts.imports && ctx.lower(parts.imports);
  if (!base) return listed;
  if (!listed) return nix.list([base]);
  return listed.kind === "list"
    ? nix.list([base, ...listed.items])
    : nix.binop("++", nix.list([base]), listed);
}

/**
 * `options` or `config`: a value, or a function of the module arguments, whose arguments join the module
 * function's pattern (both parts are the body of that one function in Nix).
 */
function lowerModulePart(
  part: ts.Expression | undefined,
  fields: PatternField[],
  bindings: Binding[],
  ctx: TransformContext,
): Expr | undefined {
  const fn = asConfigFunction(part);
  if (!fn) return part && ctx.lower(part);
  const lowered = lowerModuleFunction(fn, ctx);
  for (const field of lowered.fields) if (!fields.some((f) => f.name === field.name)) fields.push(field);
  bindings.push(...lowered.bindings);
  return lowered.body;
}

/** `options = …; config = …;` — or, without options, the config's own bindings (the module shorthand). */
function moduleContents(options: Expr | undefined, config: Expr | undefined): Binding[] {
  if (options === undefined && config !== undefined && canBeShorthand(config)) return [...config.bindings];
  const contents: Binding[] = [];
  if (options !== undefined) contents.push(folded("options", options));
  if (config !== undefined) contents.push(folded("config", config));
  return contents;
}

/** `name = { a.b = v; };` as `name.a.b = v;`: a set of one binding reads better as a path. */
export function folded(name: string, value: Expr): Binding {
  const only =
    value.kind === "attrset" && !value.recursive && value.bindings.length === 1
      ? value.bindings[0]
      : undefined;
  if (only?.kind === "binding") return nix.bind([nix.staticKey(name), ...only.path], only.value);
  return nix.bind(name, value);
}

/** Attributes NixOS reads as the module's structure, never as config, when a module is written without `config =`. */
const STRUCTURAL = new Set([
  "_class",
  "_file",
  "key",
  "disabledModules",
  "require",
  "imports",
  "freeformType",
  "options",
  "config",
]);

function canBeShorthand(config: Expr): config is nix.AttrSet {
  if (config.kind !== "attrset" || config.recursive) return false;
  return config.bindings.every(
    (b) => b.kind === "binding" && b.path[0]?.kind === "static" && !STRUCTURAL.has(b.path[0].name),
  );
}
