// Module sets evaluated by nixpkgs' `lib.evalModules` (from the nixpkgs-lib fixture), many per nix process: each
// set's merged `config` (minus `_module`) and its option declarations as the manual lists them, as JSON. A set whose
// evaluation fails is evaluated again alone, so that its error message can be compared with another's.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { evalJson, evalManyJson } from "./nix.js";

export type ModuleSetResult =
  | { readonly ok: true; readonly config: unknown; readonly options: unknown }
  | { readonly ok: false; readonly error: string };

/** The `pkgs` every module set receives (through specialArgs): a few fake packages and trivial builders. */
export const PKGS_STUB = path.join(path.dirname(fileURLToPath(import.meta.url)), "pkgs-stub.nix");

/** A Nix expression naming an absolute file, whatever characters its path holds. */
export function nixPathOf(file: string): string {
  return `(/. + ${JSON.stringify(path.resolve(file)).replace(/\$\{/g, "\\${")})`;
}

/**
 * `summary`: the JSON view of an evaluated set. Functions, paths and packages have no JSON of their own (or one
 * that copies files into the store), so they are shown by what identifies them.
 */
function prelude(libDir: string): string {
  return `
let
  lib = import ${nixPathOf(libDir)};
  pkgs = import ${nixPathOf(PKGS_STUB)};
  shown = v:
    if builtins.isFunction v then "<function>"
    else if builtins.isPath v then "<path ${"$"}{baseNameOf v}>"
    else if builtins.isList v then map shown v
    else if lib.isDerivation v then "<package ${"$"}{v.name}>"
    else if builtins.isAttrs v then builtins.mapAttrs (_: shown) v
    else v;
  declared = o: shown (builtins.removeAttrs o [ "declarations" ]);
  summary = modules:
    let evaluated = lib.evalModules { inherit modules; specialArgs = { inherit pkgs; }; };
    in {
      config = shown (builtins.removeAttrs evaluated.config [ "_module" ]);
      options = map declared
        (builtins.filter (o: builtins.head o.loc != "_module") (lib.optionAttrSetToDocList evaluated.options));
    };
in`;
}

/** Evaluate every module set (each a list of module files); `libDir` is nixpkgs' `lib` directory. */
export function evalModuleSets(sets: readonly (readonly string[])[], libDir: string): ModuleSetResult[] {
  if (sets.length === 0) return [];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-module-eval-"));
  try {
    const expression = (modules: readonly string[]) =>
      `${prelude(libDir)} summary [ ${modules.map(nixPathOf).join(" ")} ]`;
    const results = evalManyJson(sets.map(expression), work);
    return results.map((result, i): ModuleSetResult => {
      if (result.ok) {
        const { config, options } = result.value as { config: unknown; options: unknown };
        return { ok: true, config, options };
      }
      const alone = evalJson(expression(sets[i]!), work);
      return alone.ok
        ? { ok: false, error: "failed in a batch, evaluated alone" }
        : { ok: false, error: normalizeModuleError(alone.error) };
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * An evaluation error without what differs between a compiled module and its twin: the files definitions come
 * from (`_file` names the TypeScript source), positions, and nix's hint about --show-trace.
 */
export function normalizeModuleError(error: string): string {
  return error
    .split("\n")
    .filter((line) => !line.startsWith("(use '--show-trace'"))
    .map((line) => line.trim())
    .join("\n")
    .replace(/`[^`']*\.(ts|nix)'/g, "`<file>'")
    .replace(/\b(at|in) \/[^\s:]+:\d+:\d+/g, "$1 <position>");
}
