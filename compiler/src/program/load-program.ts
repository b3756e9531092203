// Loads TypeScript sources into a checked program: the project's tsconfig when there is one, defaults otherwise,
// with the `tsnix` import always resolvable. TypeScript's own diagnostics are reported first.
import * as fs from "node:fs";
import * as path from "node:path";
import { Project, ts } from "../typescript.js";
import { Diagnostics } from "../diagnostics/codes.js";
import { type Diagnostic, diagnosticInFile, fromTypeScriptDiagnostic } from "../diagnostics/diagnostic.js";
import { stdlibEntry } from "./package-root.js";

export interface LoadedProgram {
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
  /** The root files asked for, as the program knows them. */
  readonly roots: readonly ts.SourceFile[];
  /** TypeScript's diagnostics (syntax and semantics) for the user's files, not for the library. */
  readonly typeScriptDiagnostics: readonly Diagnostic[];
}

/**
 * Options tsnix always checks with, whatever the project's tsconfig says. An optional member must mean "absent or
 * a value", never "present and undefined": tsnix represents undefined members by their absence, so a spread of
 * `{ port: undefined }` over `{ port: 80 }` would keep 80 in Nix and erase it in JavaScript.
 */
const requiredCompilerOptions: ts.CompilerOptions = {
  noEmit: true,
  exactOptionalPropertyTypes: true,
};

/** Options used for a lone file outside any project: strict, modern, no DOM. */
export const defaultCompilerOptions: ts.CompilerOptions = {
  ...requiredCompilerOptions,
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2023.d.ts"],
  types: [],
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  isolatedModules: true,
};

export function findTsconfig(fromDir: string): string | undefined {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, "tsconfig.json");
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The options for a project: the defaults, the tsconfig's options over them, tsnix's required ones over both. A
 * tsconfig that cannot be read or holds invalid options is reported (TypeScript's own TS5xxx/TS1xxx diagnostics),
 * never silently ignored. "No inputs were found" does not apply: tsnix compiles the files it is given.
 */
function compilerOptionsFor(tsconfig: string | undefined): {
  options: ts.CompilerOptions;
  problems: readonly ts.Diagnostic[];
  /** Whether the project's own options turn exactOptionalPropertyTypes on (its editor then agrees with tsnix). */
  userSetExactOptional: boolean;
  /** Declaration files the tsconfig includes (generated option typings): they augment what every file sees. */
  declarationFiles: readonly string[];
} {
  if (!tsconfig)
    return {
      options: { ...defaultCompilerOptions },
      problems: [],
      userSetExactOptional: false,
      declarationFiles: [],
    };
  // Read as a JSON source file, so that every problem has a line and column in it.
  const source = ts.readJsonConfigFile(tsconfig, ts.sys.readFile);
  const parsed = ts.parseJsonSourceFileConfigFileContent(
    source,
    ts.sys,
    path.dirname(tsconfig),
    undefined,
    tsconfig,
  );
  const NO_INPUTS = 18003;
  return {
    options: { ...defaultCompilerOptions, ...parsed.options, ...requiredCompilerOptions },
    problems: [...syntaxErrorsOf(source), ...parsed.errors.filter((e) => e.code !== NO_INPUTS)],
    userSetExactOptional: parsed.options.exactOptionalPropertyTypes === true,
    declarationFiles: parsed.fileNames.filter((f) => f.endsWith(".d.ts")),
  };
}

/** JSON syntax errors of a tsconfig (TypeScript keeps them on the source file, outside its typed API). */
function syntaxErrorsOf(source: ts.TsConfigSourceFile): readonly ts.Diagnostic[] {
  return (source as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
}

/** Resolve `tsnix` to this package's library unless the project maps it itself. */
function withTsnixPath(options: ts.CompilerOptions): ts.CompilerOptions {
  if (options.paths?.["tsnix"]) return options;
  return { ...options, paths: { ...(options.paths ?? {}), tsnix: [stdlibEntry()] } };
}

/** A root file of the program; `text` given means the file exists only in memory (tests, editors). */
export interface RootFile {
  readonly path: string;
  readonly text?: string;
}

export interface LoadOptions {
  /** Look for a tsconfig.json from here upwards; without it (or when none is found) defaults apply. */
  readonly projectDir?: string;
}

export function loadProgram(
  rootFiles: readonly (RootFile | string)[],
  loadOptions: LoadOptions = {},
): LoadedProgram {
  const tsconfig = loadOptions.projectDir ? findTsconfig(loadOptions.projectDir) : undefined;
  const config = compilerOptionsFor(tsconfig);
  const options = withTsnixPath(config.options);
  const project = new Project({ compilerOptions: options, skipAddingFilesFromTsConfig: true });
  const roots0 = rootFiles.map((f) => (typeof f === "string" ? { path: f } : f));
  for (const file of roots0) {
    const absolute = path.resolve(file.path);
    if (file.text === undefined) project.addSourceFileAtPath(absolute);
    else project.createSourceFile(absolute, file.text, { overwrite: true });
  }
  // Only the roots and what they import are compiled, but the declaration files the tsconfig includes are part of
  // the program, as in the editor: generated option typings augment `tsnix` from there.
  for (const file of config.declarationFiles) project.addSourceFileAtPathIfExists(file);
  project.resolveSourceFileDependencies();
  const program = project.getProgram().compilerObject;
  const roots = roots0.map((file) => {
    const sf = program.getSourceFile(path.resolve(file.path));
    if (!sf) throw new Error(`internal: ${file.path} is not in the program`);
    return sf;
  });
  const userFiles = program.getSourceFiles().filter((sf) => isUserFile(sf, program));
  const raw = [...config.problems, ...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  const perFile = userFiles.flatMap((sf) => diagnosticsOf(sf, program));
  return {
    program,
    checker: program.getTypeChecker(),
    roots,
    typeScriptDiagnostics: [...raw.map(fromTypeScriptDiagnostic), ...perFile].map((d) =>
      EXACT_OPTIONAL_CODES.has(d.code) && !config.userSetExactOptional
        ? { ...d, message: `${d.message}\n${EXACT_OPTIONAL_NOTE}` }
        : d,
    ),
  };
}

/**
 * A file's syntax errors, or when it has none its type errors — as tsc reports them: checking a file that does not
 * parse only adds noise, and can trip TypeScript's own assertions (`1_Number\`${` did). Should the checker still
 * fail, the failure is reported on the file instead of escaping as an exception.
 */
function diagnosticsOf(sf: ts.SourceFile, program: ts.Program): readonly Diagnostic[] {
  const syntactic = program.getSyntacticDiagnostics(sf);
  if (syntactic.length > 0) return syntactic.map(fromTypeScriptDiagnostic);
  try {
    return program.getSemanticDiagnostics(sf).map(fromTypeScriptDiagnostic);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    return [diagnosticInFile(sf, 0, 0, Diagnostics.typeScriptFailed(reason))];
  }
}

/** TypeScript's errors that only exactOptionalPropertyTypes reports: assigning undefined to an optional member. */
const EXACT_OPTIONAL_CODES = new Set(["TS2375", "TS2379", "TS2412"]);
const EXACT_OPTIONAL_NOTE =
  "tsnix always checks with exactOptionalPropertyTypes (an optional member is absent or a value, never undefined); set it in your tsconfig.json so that your editor shows this too.";

/** The user's own sources: not declaration files, not the tsnix library, not node_modules. */
export function isUserFile(sf: ts.SourceFile, program: ts.Program): boolean {
  if (sf.isDeclarationFile || program.isSourceFileFromExternalLibrary(sf)) return false;
  const library = path.dirname(stdlibEntry());
  return !path.resolve(sf.fileName).startsWith(library + path.sep);
}
