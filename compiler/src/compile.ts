// The compiler's programmatic entry: TypeScript files in, Nix text (or diagnostics) out.
import * as path from "node:path";
import { ts } from "./typescript.js";
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
import { isUserFile, type LoadedProgram, loadProgram, type RootFile } from "./program/load-program.js";
import { stdlibDirectory } from "./program/package-root.js";
import { type FileFacts, type FileRole, TransformContext } from "./transform/context.js";
import { configValues, misfitDefinitions } from "./transform/modules/definition-check.js";
import { defaultExportCall, fileRoleOf } from "./transform/modules/file-roles.js";
import { type LoweredFile, passImplicitArguments } from "./transform/modules/implicit-arguments.js";
import { MODULE_IMPLICIT } from "./transform/modules/module-arguments.js";
import { optionMemberKind } from "./transform/modules/option-numbers.js";
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
  /** Absolute paths of the files its `path("./x.nix")` calls name (copied into a project's output). */
  readonly referencedPaths: readonly string[];
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
  /**
   * Compile as part of a project (`tsnix build`): files are labelled relative to `root`, and `lib` is at hand in
   * every file (mk* lower to `lib.mk*`), since the flake passes it to every file that needs it.
   */
  readonly project?: {
    readonly root: string;
    /** Lowers flake.ts's `defineFlake(…)` (see FileFacts.lowerFlake). */
    readonly lowerFlake?: FileFacts["lowerFlake"];
  };
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
  const moduleArguments = new Set<ts.Symbol>();
  const reserved = new Set([...allHelperNames(), "lib"]);
  const all = new DiagnosticBag();
  // Every user file is lowered (a file's output depends on whether the files it imports need `lib`); the result
  // holds the roots, and with `withImports` the files they import.
  const userFiles = loaded.program.getSourceFiles().filter((f) => isUserFile(f, loaded.program));
  const others = userFiles.filter((f) => !loaded.roots.includes(f));
  const compiled = [...loaded.roots, ...(options.withImports ? others : [])];
  const { layout, problems } = planOutputLayout({
    ...options.layout,
    sources: compiled.map((f) => f.fileName),
    inputs: loaded.program.getSourceFiles().map((f) => f.fileName),
  });
  const facts = fileFacts(
    layout,
    loaded.checker,
    options.project?.root ?? projectDir,
    options.project,
    moduleArguments,
  );
  numbers.memberKind = (node) => optionMemberKind(node, loaded.checker, moduleArguments, facts.isLibraryFile);
  const lowered: LoweredFile[] = [];
  const referencedPaths = new Map<string, readonly string[]>();
  const failed = new Set<string>();
  for (const sourceFile of [...loaded.roots, ...others]) {
    if (globalTypeErrors || filesWithTypeErrors.has(sourceFile.fileName)) {
      failed.add(sourceFile.fileName);
      continue;
    }
    const bag = new DiagnosticBag();
    const role = facts.fileRole(sourceFile);
    const ctx = new TransformContext(
      loaded.checker,
      sourceFile,
      bag,
      new Naming(sourceFile, reservedNames(sourceFile, role, reserved)),
      new HelperUsage(),
      facts,
      numbers,
      expressionVisitors,
    );
    const lowerStart = performance.now();
    const ast = lowerSourceFile(sourceFile, ctx);
    lower += performance.now() - lowerStart;
    if (compiled.includes(sourceFile)) all.addAll(bag.sorted());
    referencedPaths.set(sourceFile.fileName, ctx.referencedPaths);
    if (bag.hasErrors) failed.add(sourceFile.fileName);
    else lowered.push({ path: sourceFile.fileName, role, ast, imports: ctx.fileImports });
  }
  const finished = passImplicitArguments(lowered);
  const files = compiled.map((sourceFile): CompiledFile => {
    const ast = finished.get(sourceFile.fileName);
    const paths = referencedPaths.get(sourceFile.fileName) ?? [];
    if (!ast || failed.has(sourceFile.fileName)) {
      return { sourcePath: sourceFile.fileName, ast: undefined, nix: undefined, referencedPaths: paths };
    }
    const printStart = performance.now();
    const nix = printNix(ast);
    print += performance.now() - printStart;
    return { sourcePath: sourceFile.fileName, ast, nix, referencedPaths: paths };
  });
  for (const problem of problems) all.add(layoutDiagnostic(problem, projectDir));
  return {
    files,
    diagnostics: [...elaborateConfigErrors(loaded), ...all.sorted()],
    hasErrors: all.hasErrors || filesWithTypeErrors.size > 0,
    layout,
    timings: { typeCheck, lower, print },
  };
}

/**
 * TypeScript reports a config function whose result does not fit at the whole function, with a long chain of the
 * types involved. The properties that do not fit are pointed out instead (TSNIX1610), after TypeScript's error cut
 * to a line that says so.
 */
function elaborateConfigErrors(loaded: LoadedProgram): Diagnostic[] {
  return loaded.typeScriptDiagnostics.flatMap((diagnostic): Diagnostic[] => {
    const file = diagnostic.file && loaded.program.getSourceFile(diagnostic.file);
    if (!file || diagnostic.code !== "TS2322") return [diagnostic];
    for (const config of configValues(file)) {
      // TypeScript places it at the value or at the `config` property holding it.
      if (![config.getStart(file), config.parent.getStart(file)].includes(diagnostic.start)) continue;
      const misfits = misfitDefinitions(config, loaded.checker);
      if (misfits.length === 0) continue;
      const message = "This config's value does not fit the options it sets; each misfit is listed below.";
      return [{ ...diagnostic, message }, ...misfits];
    }
    return [diagnostic];
  });
}

/**
 * Names user bindings never get in a file, because generated code binds or refers to them there: runtime helpers
 * and `lib` everywhere; the module arguments in a module's file (its declarations live inside the module
 * function); the outputs' arguments in the flake.
 */
function reservedNames(file: ts.SourceFile, role: FileRole, base: ReadonlySet<string>): ReadonlySet<string> {
  const names = new Set(base);
  // Files that use the library may hold module functions, whose implicit arguments user bindings must not shadow.
  if (role !== "other" || importsLibrary(file)) for (const name of MODULE_IMPLICIT) names.add(name);
  if (role === "module" || role === "host") for (const name of MODULE_ARGUMENTS) names.add(name);
  if (role === "flake")
    for (const name of ["self", "forAllSystems", ...flakeInputNames(file)]) names.add(name);
  return names;
}

const MODULE_ARGUMENTS = ["options", "pkgs"];

function importsLibrary(file: ts.SourceFile): boolean {
  return file.statements.some(
    (s) =>
      ts.isImportDeclaration(s) &&
      ts.isStringLiteral(s.moduleSpecifier) &&
      s.moduleSpecifier.text === "tsnix",
  );
}

/** Compile one file; `text` compiles an in-memory source (the path still decides imports and tsconfig lookup). */
export function compileFile(file: string, text?: string): CompileResult {
  return compileFiles([text === undefined ? file : { path: file, text }]);
}

function fileFacts(
  layout: OutputLayout,
  checker: ts.TypeChecker,
  labelRoot: string,
  project: CompileOptions["project"],
  moduleArguments: Set<ts.Symbol>,
): FileFacts {
  const library = stdlibDirectory() + path.sep;
  const shapes = new Map<ts.SourceFile, "default" | "exports">();
  const roles = new Map<ts.SourceFile, FileRole>();
  const isLibraryFile = (file: ts.SourceFile) => path.resolve(file.fileName).startsWith(library);
  const fileRole = (file: ts.SourceFile): FileRole => {
    let role = roles.get(file);
    if (!role) roles.set(file, (role = fileRoleOf(file, checker, isLibraryFile)));
    return role;
  };
  return {
    isLibraryFile,
    importPath: (from, to) => relativeFilePath(layout.outputOf(from.fileName), layout.outputOf(to.fileName)),
    filePath: (from, file) => relativeFilePath(layout.outputOf(from.fileName), file),
    fileRole,
    moduleArguments,
    libraryCalls: (file) => project !== undefined || fileRole(file) !== "other",
    sourceLabel: (file) => path.relative(labelRoot, file.fileName).split(path.sep).join("/"),
    ...(project?.lowerFlake ? { lowerFlake: project.lowerFlake } : {}),
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

/** The keys of flake.ts's `inputs: { … }`, read from the syntax (they name the outputs function's arguments). */
function flakeInputNames(file: ts.SourceFile): string[] {
  const spec = defaultExportCall(file)?.arguments[0];
  if (!spec || !ts.isObjectLiteralExpression(spec)) return [];
  const inputs = spec.properties.find(
    (p): p is ts.PropertyAssignment =>
      ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "inputs",
  )?.initializer;
  if (!inputs || !ts.isObjectLiteralExpression(inputs)) return [];
  return inputs.properties.flatMap((p) =>
    p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? [p.name.text] : [],
  );
}
