// `tsnix build`/`check` up to the file tree: compile the project whose entry is DIR/flake.ts, turn flake.ts into
// flake.nix, every other TypeScript file into the .nix file of the same relative path, and add the hand-written
// files `path()` names. Nothing is written here (see write-tree.ts).
import * as fs from "node:fs";
import * as path from "node:path";
import { compileFiles, type CompileTimings } from "../compile.js";
import { Diagnostics } from "../diagnostics/codes.js";
import { type Diagnostic, diagnosticWithoutLocation } from "../diagnostics/diagnostic.js";
import type { Expr } from "../nix/ast.js";
import { freeNames } from "../nix/free-names.js";
import { printNix } from "../printer/print-nix.js";
import type { TransformContext } from "../transform/context.js";
import * as nix from "../nix/ast.js";
import { mapChildren } from "../nix/traverse.js";
import { flakeFile, outputsPlaceholder } from "./emit-flake.js";
import type { FlakeModel } from "./flake-model.js";
import { readFlake } from "./read-flake.js";

/** One file of the output tree, its path relative to the output directory. */
export type OutputFile =
  | {
      readonly kind: "generated";
      readonly path: string;
      readonly source: string;
      readonly text: string;
      /** The Nix AST the text was printed from (not for flake.nix): source maps are computed from it on demand. */
      readonly ast?: Expr;
    }
  | { readonly kind: "copied"; readonly path: string; readonly source: string };

export interface ProjectBuild {
  readonly files: readonly OutputFile[];
  readonly flake: FlakeModel | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly hasErrors: boolean;
  readonly timings: CompileTimings;
}

const EMPTY_TIMINGS: CompileTimings = { typeCheck: 0, lower: 0, print: 0 };

export function buildProject(directory: string): ProjectBuild {
  const root = path.resolve(directory);
  const entry = path.join(root, "flake.ts");
  if (!fs.existsSync(entry)) return failed([diagnosticWithoutLocation(Diagnostics.noFlakeFile(directory))]);
  let flake: FlakeModel | undefined;
  let placeholder: Expr | undefined;
  const lowerFlake = (call: Parameters<typeof readFlake>[0], ctx: TransformContext): Expr => {
    flake = readFlake(call, ctx);
    placeholder = outputsPlaceholder(flake);
    return placeholder;
  };
  const result = compileFiles([entry], {
    withImports: true,
    projectDir: root,
    project: { root, lowerFlake },
  });
  const diagnostics = [...result.diagnostics];
  if (result.hasErrors) return { ...failed(diagnostics), timings: result.timings };
  if (!flake || !placeholder) {
    const notAFlake = diagnosticWithoutLocation(Diagnostics.flakeNotDefault(), entry);
    return { ...failed([...diagnostics, notAFlake]), timings: result.timings };
  }
  const files: OutputFile[] = [];
  // A module that names `inputs` among its arguments needs every host to pass it (specialArgs).
  const specialArgs = result.files.some((f) => f.ast !== undefined && bindsArgument(f.ast, "inputs"));
  for (const compiled of result.files) {
    const relative = relativeInside(root, compiled.sourcePath);
    if (relative === undefined) {
      diagnostics.push(
        diagnosticWithoutLocation(Diagnostics.fileOutsideProject(compiled.sourcePath), compiled.sourcePath),
      );
      continue;
    }
    const isEntry = compiled.sourcePath === result.files[0]?.sourcePath;
    const output = isEntry ? "flake.nix" : relative.replace(/\.(d\.)?[cm]?tsx?$/, ".nix");
    const text = isEntry
      ? flakeText(flake, compiled.ast!, placeholder, specialArgs, diagnostics, entry)
      : compiled.nix!;
    files.push(
      isEntry
        ? { kind: "generated", path: output, source: relative, text }
        : { kind: "generated", path: output, source: relative, text, ast: compiled.ast! },
    );
    for (const referenced of compiled.referencedPaths) {
      const copied = relativeInside(root, referenced);
      if (copied === undefined) {
        diagnostics.push(
          diagnosticWithoutLocation(Diagnostics.fileOutsideProject(referenced), compiled.sourcePath),
        );
      } else if (!files.some((f) => f.kind === "copied" && f.path === copied)) {
        files.push({ kind: "copied", path: copied, source: copied });
      }
    }
  }
  diagnostics.push(...collisions(files));
  const hasErrors = diagnostics.some((d) => d.severity === "error");
  return { files: hasErrors ? [] : files, flake, diagnostics, hasErrors, timings: result.timings };
}

function failed(diagnostics: readonly Diagnostic[]): ProjectBuild {
  return { files: [], flake: undefined, diagnostics, hasErrors: true, timings: EMPTY_TIMINGS };
}

/** `file` relative to `root` (with `/`), or undefined when it is not below it. */
function relativeInside(root: string, file: string): string | undefined {
  const relative = path.relative(root, file);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join("/");
}

function flakeText(
  model: FlakeModel,
  body: Expr,
  placeholder: Expr,
  specialArgs: boolean,
  diagnostics: Diagnostic[],
  entry: string,
): string {
  const file = flakeFile(model, body, placeholder, { specialArgs });
  const flake = specialArgs ? withTestSpecialArgs(file) : file;
  // The outputs function names every input the outputs use; one still free is not an input (`lib` needs nixpkgs).
  const free = freeNames(flake);
  for (const input of ["nixpkgs", "deploy-rs", "colmena", "home-manager", "nix-darwin"]) {
    if (free.has(input)) diagnostics.push(diagnosticWithoutLocation(Diagnostics.inputMissing(input), entry));
  }
  return printNix(flake);
}

/**
 * VM tests build their machines from the hosts' modules, which then need `inputs` too: `pkgs.nixosTest { … }`
 * (as stdlib/flake-calls.ts lowers nixosTest) gets `node.specialArgs = { inherit inputs; }`.
 */
function withTestSpecialArgs(expr: Expr): Expr {
  const mapped = mapChildren(expr, withTestSpecialArgs);
  if (
    mapped.kind === "apply" &&
    mapped.fn.kind === "select" &&
    mapped.fn.path.length === 1 &&
    mapped.fn.path[0]?.kind === "static" &&
    mapped.fn.path[0].name === "nixosTest" &&
    mapped.arg.kind === "attrset"
  ) {
    const specialArgs = nix.bind(nix.keys("node", "specialArgs"), nix.attrs([nix.inherit(["inputs"])]));
    return { ...mapped, arg: nix.attrs([...mapped.arg.bindings, specialArgs]) };
  }
  return mapped;
}

/** Does a function in `expr` name `name` in its pattern (a module taking `inputs`)? */
function bindsArgument(expr: Expr, name: string): boolean {
  const stack = [expr];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (
      next.kind === "lambda" &&
      next.param.kind === "patternParam" &&
      next.param.fields.some((f) => f.name === name)
    ) {
      return true;
    }
    mapChildren(next, (child) => {
      stack.push(child);
      return child;
    });
  }
  return false;
}

/** Two sources for one output path (`x.ts` and `x.mts`, or a generated `x.nix` and a hand-written one). */
function collisions(files: readonly OutputFile[]): Diagnostic[] {
  const byPath = new Map<string, OutputFile>();
  const found: Diagnostic[] = [];
  for (const file of files) {
    const other = byPath.get(file.path);
    if (other && !(other.kind === "copied" && file.kind === "copied")) {
      found.push(
        diagnosticWithoutLocation(Diagnostics.outputCollision(file.path, other.source, file.source)),
      );
    }
    byPath.set(file.path, file);
  }
  return found;
}
