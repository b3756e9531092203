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
import { flakeFile, flakeOutputs } from "./emit-flake.js";
import type { FlakeModel } from "./flake-model.js";
import { readFlake } from "./read-flake.js";

/** One file of the output tree, its path relative to the output directory. */
export type OutputFile =
  | { readonly kind: "generated"; readonly path: string; readonly source: string; readonly text: string }
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
  const lowerFlake = (call: Parameters<typeof readFlake>[0], ctx: TransformContext): Expr => {
    flake = readFlake(call, ctx);
    return flakeOutputs(flake);
  };
  const result = compileFiles([entry], {
    withImports: true,
    projectDir: root,
    project: { root, lowerFlake },
  });
  const diagnostics = [...result.diagnostics];
  if (result.hasErrors) return { ...failed(diagnostics), timings: result.timings };
  if (!flake)
    return {
      ...failed([...diagnostics, diagnosticWithoutLocation(Diagnostics.flakeNotDefault(), entry)]),
      timings: result.timings,
    };
  const files: OutputFile[] = [];
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
    const text = isEntry ? flakeText(flake, compiled.ast!, diagnostics, entry) : compiled.nix!;
    files.push({ kind: "generated", path: output, source: relative, text });
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

function flakeText(model: FlakeModel, outputsBody: Expr, diagnostics: Diagnostic[], entry: string): string {
  if (freeNames(outputsBody).has("lib") && !model.inputs.some((i) => i.name === "nixpkgs")) {
    diagnostics.push(diagnosticWithoutLocation(Diagnostics.nixpkgsInputMissing(), entry));
  }
  return printNix(flakeFile(model, outputsBody));
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
