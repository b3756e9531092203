// Arguments a file's compiled code may use without binding them: `lib` (options, types, lib.mk*) and `inputs` (the
// flake's inputs). A module or host file gets them as module arguments — with `config` and `modulesPath`, which
// generated code reads too (secret paths, nixpkgs' modules) — and the flake binds them itself. A helper file that
// needs some compiles to `{ inputs, lib }: …`, and every file importing it passes them on
// (`import ./helper.nix { inherit lib; }`), which may make the importer need them in turn: the needs are propagated
// through the imports until nothing changes.
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import { freeNames } from "../../nix/free-names.js";
import { replaceNode } from "../../nix/traverse.js";
import type { FileRole } from "../context.js";
import { modulePattern } from "./module-arguments.js";

/** What a helper file may receive from its importer. */
const IMPLICIT = ["inputs", "lib"];

export interface LoweredFile {
  readonly path: string;
  readonly role: FileRole;
  readonly ast: Expr;
  /** The `import ./x.nix` expressions in `ast`, by the file they import. */
  readonly imports: readonly { readonly file: string; readonly expr: Expr }[];
}

export function passImplicitArguments(files: readonly LoweredFile[]): Map<string, Expr> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const isHelper = (path: string) => byPath.get(path)?.role === "other";
  const needs = new Map(
    files.map((f) => [f.path, new Set(IMPLICIT.filter((name) => freeNames(f.ast).has(name)))]),
  );
  for (let changed = true; changed;) {
    changed = false;
    for (const file of files) {
      const own = needs.get(file.path)!;
      for (const { file: target } of file.imports) {
        if (!isHelper(target)) continue;
        for (const name of needs.get(target) ?? []) {
          if (!own.has(name)) {
            own.add(name);
            changed = true;
          }
        }
      }
    }
  }
  const asts = new Map<string, Expr>();
  for (const file of files) {
    let ast = file.ast;
    for (const { file: target, expr } of file.imports) {
      const passed = [...(needs.get(target) ?? [])].sort();
      if (isHelper(target) && passed.length > 0)
        ast = replaceNode(ast, expr, nix.apply(expr, inherited(passed)));
    }
    asts.set(file.path, withImplicitParameters(file.role, ast, [...needs.get(file.path)!].sort()));
  }
  return asts;
}

/** `{ inherit lib; }` */
export function inherited(names: readonly string[]): Expr {
  return nix.attrs([nix.inherit(names)]);
}

function withImplicitParameters(role: FileRole, ast: Expr, needed: readonly string[]): Expr {
  if (role === "other") {
    if (needed.length === 0) return ast;
    return nix.lambda(
      nix.patternParam(
        needed.map((name) => nix.field(name)),
        { ellipsis: false },
      ),
      ast,
    );
  }
  if ((role === "module" || role === "host") && ast.kind === "lambda" && ast.param.kind === "patternParam") {
    return nix.lambda(modulePattern(ast.param.fields, freeNames(ast.body)), ast.body);
  }
  return ast;
}
