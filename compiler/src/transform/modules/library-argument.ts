// `lib` for files outside module functions. A helper file that uses lib (mkOption, types, lib.mk* in a project)
// compiles to `{ lib }: …`, and every file importing it passes lib on: `import ./helper.nix { inherit lib; }`.
// That makes the importer use lib too, so the rule is applied until nothing changes. Module and host files get
// `lib` among their module arguments; the flake binds it from nixpkgs.
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import { freeNames } from "../../nix/free-names.js";
import { replaceNode } from "../../nix/traverse.js";
import type { FileRole } from "../context.js";
import { modulePattern } from "./module-arguments.js";

export interface LoweredFile {
  readonly path: string;
  readonly role: FileRole;
  readonly ast: Expr;
  /** The `import ./x.nix` expressions in `ast`, by the file they import. */
  readonly imports: readonly { readonly file: string; readonly expr: Expr }[];
}

export function passLibraryToFiles(files: readonly LoweredFile[]): Map<string, Expr> {
  const asts = new Map(files.map((f) => [f.path, f.ast]));
  const usesLib = new Set(files.filter((f) => freeNames(f.ast).has("lib")).map((f) => f.path));
  const patched = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const file of files) {
      for (const { file: target, expr } of file.imports) {
        const id = `${file.path}\0${target}`;
        if (!usesLib.has(target) || patched.has(id) || roleOf(files, target) !== "other") continue;
        patched.add(id);
        asts.set(file.path, replaceNode(asts.get(file.path)!, expr, nix.apply(expr, inheritLib())));
        if (!usesLib.has(file.path)) {
          usesLib.add(file.path);
          changed = true;
        }
      }
    }
  }
  for (const file of files) {
    if (!usesLib.has(file.path)) continue;
    const ast = asts.get(file.path)!;
    if (file.role === "other")
      asts.set(file.path, nix.lambda(nix.patternParam([nix.field("lib")], { ellipsis: false }), ast));
    else if ((file.role === "module" || file.role === "host") && ast.kind === "lambda")
      asts.set(file.path, withLibArgument(ast));
  }
  return asts;
}

function roleOf(files: readonly LoweredFile[], path: string): FileRole {
  return files.find((f) => f.path === path)?.role ?? "other";
}

/** `{ inherit lib; }` */
export function inheritLib(): Expr {
  return nix.attrs([nix.inherit(["lib"])]);
}

function withLibArgument(module: nix.Lambda): Expr {
  if (module.param.kind !== "patternParam") return module;
  return nix.lambda(modulePattern(module.param.fields, true), module.body);
}
