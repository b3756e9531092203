// defineModule, defineHost, defineFlake and path(): the module system's building blocks as Nix values (with their
// home-manager and nix-darwin twins defineHome, defineDarwinModule and defineDarwin).
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { lowerModuleDefinition, type ModuleIdentity, specProperties } from "../modules/define-module.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import type { StdlibLowering } from "./stdlib-calls.js";

/** A module of NixOS (defineModule), home-manager (defineHome) or nix-darwin (defineDarwinModule): the same Nix. */
const defineModule =
  (name: string): StdlibLowering =>
  (call, ctx) => {
    const spec = specProperties(call, name, ctx);
    if (!spec) return nix.attrs([]);
    const parts = { imports: spec.get("imports"), options: spec.get("options"), config: spec.get("config") };
    return lowerModuleDefinition(parts, moduleIdentity(call, ctx), ctx);
  };

/**
 * A host's (a Mac's) Nix value is the module of its configuration; its `system` is read by the flake.
 */
const defineHost =
  (name: string): StdlibLowering =>
  (call, ctx) => {
    const spec = specProperties(call, name, ctx);
    if (!spec) return nix.attrs([]);
    return lowerModuleDefinition(
      { imports: spec.get("modules"), config: spec.get("config") },
      moduleIdentity(call, ctx),
      ctx,
    );
  };

const defineFlake: StdlibLowering = (call, ctx) => ctx.fail(call, Diagnostics.flakeOutsideBuild());

/** `path("./hardware.nix")` → `./hardware.nix`, relative to this file (and to its output, which mirrors it). */
const pathCall: StdlibLowering = (call, ctx) => {
  const relative = pathArgument(call, ctx);
  if (relative === undefined) return ctx.fail(call.arguments[0] ?? call, Diagnostics.pathArgument());
  const absolute = path.resolve(path.dirname(ctx.sourceFile.fileName), relative);
  if (!fs.existsSync(absolute)) return ctx.fail(call.arguments[0]!, Diagnostics.pathNotFound(relative));
  ctx.referencedPaths.push(absolute);
  return ctx.facts.filePath(ctx.sourceFile, absolute);
};

/** The relative path a `path()` call names, when it is written as a literal starting with ./ or ../. */
export function pathArgument(call: ts.CallExpression, ctx: TransformContext): string | undefined {
  void ctx;
  const argument = call.arguments[0] && skipTypeWrappers(call.arguments[0]);
  if (!argument || !ts.isStringLiteralLike(argument)) return undefined;
  const text = argument.text;
  return /^\.\.?\//.test(text) ? text : undefined;
}

/**
 * A file's default-export module is identified by its path (NixOS de-duplicates imports of the same file). Another
 * module evaluated once per file (a top-level const) gets a `key` naming where it is defined, so importing it from
 * two modules declares its options once. A module made by a function is a new module at every call, as in
 * JavaScript: it gets no key, and NixOS tells its instances apart by where they are imported.
 */
export function moduleIdentity(call: ts.CallExpression, ctx: TransformContext): ModuleIdentity {
  const file = ctx.facts.sourceLabel(ctx.sourceFile);
  if (isDefaultExport(call) || insideFunction(call)) return { file };
  const declaration = call.parent;
  if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name)) {
    return { file, key: `${file}#${declaration.name.text}` };
  }
  const { line, character } = ctx.sourceFile.getLineAndCharacterOfPosition(call.getStart());
  return { file, key: `${file}:${line + 1}:${character + 1}` };
}

function insideFunction(node: ts.Node): boolean {
  for (let at = node.parent; !ts.isSourceFile(at); at = at.parent) if (ts.isFunctionLike(at)) return true;
  return false;
}

function isDefaultExport(call: ts.CallExpression): boolean {
  let node: ts.Node = call;
  while (
    ts.isParenthesizedExpression(node.parent) ||
    ts.isAsExpression(node.parent) ||
    ts.isSatisfiesExpression(node.parent)
  ) {
    node = node.parent;
  }
  return ts.isExportAssignment(node.parent) && !node.parent.isExportEquals;
}

export const moduleLowerings: Readonly<Record<string, StdlibLowering>> = {
  defineModule: defineModule("defineModule"),
  defineHome: defineModule("defineHome"),
  defineDarwinModule: defineModule("defineDarwinModule"),
  defineHost: defineHost("defineHost"),
  defineDarwin: defineHost("defineDarwin"),
  defineFlake,
  path: pathCall,
};
