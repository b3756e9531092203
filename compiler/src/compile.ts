// The compiler's programmatic entry: TypeScript files in, Nix text (or diagnostics) out.
import * as path from "node:path";
import { ts } from "ts-morph";
import { Diagnostics } from "./diagnostics/codes.js";
import { type Diagnostic, DiagnosticBag, diagnosticWithoutLocation } from "./diagnostics/diagnostic.js";
import {
  type LayoutProblem,
  type LayoutRequest,
  type OutputLayout,
  planOutputLayout,
} from "./emit/output-layout.js";
import type { Expr } from "./nix/ast.js";
import { relativeFilePath } from "./nix/paths.js";
import { printNix } from "./printer/print-nix.js";
import { isUserFile, loadProgram, type RootFile } from "./program/load-program.js";
import { stdlibDirectory } from "./program/package-root.js";
import { type FileFacts, TransformContext } from "./transform/context.js";
import { Naming } from "./transform/naming.js";
import { NumberKinds } from "./transform/number-kind.js";
import { allHelperNames, HelperUsage } from "./transform/runtime/helper-registry.js";
import "./transform/runtime/all-helpers.js";
import { lowerSourceFile } from "./transform/source-file.js";
import { expressionVisitors } from "./transform/visitor-table.js";

export interface CompiledFile {
  /** Absolute path of the TypeScript source. */
  readonly sourcePath: string;
  /** The Nix AST, when the file lowered without errors. */
  readonly ast: Expr | undefined;
  /** The printed Nix text, when the file lowered without errors. */
  readonly nix: string | undefined;
}

export interface CompileResult {
  readonly files: readonly CompiledFile[];
  /** TypeScript's diagnostics when there are any errors among them; otherwise tsnix's own. */
  readonly diagnostics: readonly Diagnostic[];
  readonly hasErrors: boolean;
  /** Where each compiled file's Nix goes; the emitted imports name these paths. */
  readonly layout: OutputLayout;
  /** Milliseconds spent per stage (for benchmarks and `--timings`). */
  readonly timings: CompileTimings;
}

export interface CompileTimings {
  /** Parsing, binding and TypeScript's own diagnostics (the type check). */
  readonly typeCheck: number;
  readonly lower: number;
  readonly print: number;
}

export interface CompileOptions {
  /** Where to look for a tsconfig.json (upwards); by default the first root file's directory. */
  readonly projectDir?: string;
  /** Also compile the user files the roots import, directly or not (they follow the roots in `files`). */
  readonly withImports?: boolean;
  /** Where the outputs go (see output-layout.ts); by default each beside its source. */
  readonly layout?: Omit<LayoutRequest, "sources" | "inputs">;
}

export function compileFiles(
  roots: readonly (RootFile | string)[],
  options: CompileOptions = {},
): CompileResult {
  const first = roots[0];
  const projectDir =
    options.projectDir ?? (first ? path.dirname(typeof first === "string" ? first : first.path) : ".");
  const started = performance.now();
  const loaded = loadProgram(roots, { projectDir });
  const typeCheck = performance.now() - started;
  let lower = 0;
  let print = 0;
  // A file TypeScript rejects is not lowered: its types cannot be trusted, and follow-on errors would only be noise.
  const filesWithTypeErrors = new Set(
    loaded.typeScriptDiagnostics.filter((d) => d.severity === "error").map((d) => d.file),
  );
  const globalTypeErrors = filesWithTypeErrors.has(undefined);
  const numbers = new NumberKinds(loaded.checker);
  const reserved = allHelperNames();
  const all = new DiagnosticBag();
  const imported = options.withImports
    ? loaded.program
        .getSourceFiles()
        .filter((f) => isUserFile(f, loaded.program) && !loaded.roots.includes(f))
    : [];
  const compiled = [...loaded.roots, ...imported];
  const { layout, problems } = planOutputLayout({
    ...options.layout,
    sources: compiled.map((f) => f.fileName),
    inputs: loaded.program.getSourceFiles().map((f) => f.fileName),
  });
  const facts = fileFacts(layout);
  const files = compiled.map((sourceFile): CompiledFile => {
    if (globalTypeErrors || filesWithTypeErrors.has(sourceFile.fileName)) {
      return { sourcePath: sourceFile.fileName, ast: undefined, nix: undefined };
    }
    const bag = new DiagnosticBag();
    const ctx = new TransformContext(
      loaded.checker,
      sourceFile,
      bag,
      new Naming(sourceFile, reserved),
      new HelperUsage(),
      facts,
      numbers,
      expressionVisitors,
    );
    const lowerStart = performance.now();
    const ast = lowerSourceFile(sourceFile, ctx);
    lower += performance.now() - lowerStart;
    all.addAll(bag.sorted());
    if (bag.hasErrors) return { sourcePath: sourceFile.fileName, ast: undefined, nix: undefined };
    const printStart = performance.now();
    const nix = printNix(ast);
    print += performance.now() - printStart;
    return { sourcePath: sourceFile.fileName, ast, nix };
  });
  for (const problem of problems) all.add(layoutDiagnostic(problem, projectDir));
  return {
    files,
    diagnostics: [...loaded.typeScriptDiagnostics, ...all.sorted()],
    hasErrors: all.hasErrors || filesWithTypeErrors.size > 0,
    layout,
    timings: { typeCheck, lower, print },
  };
}

/** Compile one file; `text` compiles an in-memory source (the path still decides imports and tsconfig lookup). */
export function compileFile(file: string, text?: string): CompileResult {
  return compileFiles([text === undefined ? file : { path: file, text }]);
}

function fileFacts(layout: OutputLayout): FileFacts {
  const library = stdlibDirectory() + path.sep;
  const shapes = new Map<ts.SourceFile, "default" | "exports">();
  return {
    isLibraryFile: (file) => path.resolve(file.fileName).startsWith(library),
    importPath: (from, to) => relativeFilePath(layout.outputOf(from.fileName), layout.outputOf(to.fileName)),
    moduleShape: (file) => {
      let shape = shapes.get(file);
      if (!shape) {
        shape = file.statements.some(isDefaultExport) ? "default" : "exports";
        shapes.set(file, shape);
      }
      return shape;
    },
  };
}

function layoutDiagnostic(problem: LayoutProblem, projectDir: string): Diagnostic {
  const show = (file: string) => path.relative(projectDir, file) || file;
  return diagnosticWithoutLocation(
    problem.kind === "collision"
      ? Diagnostics.outputCollision(show(problem.output), show(problem.sources[0]), show(problem.sources[1]))
      : Diagnostics.outputOverwritesInput(show(problem.output), show(problem.source)),
  );
}

function isDefaultExport(statement: ts.Statement): boolean {
  if (ts.isExportAssignment(statement)) return !statement.isExportEquals;
  if (
    ts.isExportDeclaration(statement) &&
    statement.exportClause &&
    ts.isNamedExports(statement.exportClause)
  ) {
    return statement.exportClause.elements.some((e) => e.name.text === "default");
  }
  return (
    ts.canHaveModifiers(statement) &&
    (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)
  );
}

export { diagnosticWithoutLocation, Diagnostics };
