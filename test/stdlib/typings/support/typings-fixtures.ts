// Shared helpers of the option-typings tests: where the shared schemas are (skipped loudly when absent), generating
// typings into a temporary directory, and type-checking files against them with the TypeScript API.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Project, ts } from "ts-morph";
import { generateTypings, type GeneratedTypings } from "../../../../stdlib/src/typings/generate-typings.js";
import { readSchemaFile } from "../../../../stdlib/src/typings/read-schema.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
export const stdlibIndex = path.join(repoRoot, "stdlib", "src", "index.ts");
export const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");
export const sharedSchemasDir = path.resolve(repoRoot, "../shared/fixtures/options");

export const SHARED_SCHEMAS = ["nixos-20.09", "home-manager", "sops-nix", "agenix"] as const;
export type SharedSchemaName = (typeof SHARED_SCHEMAS)[number];

/** Whether the shared schemas are here; warns loudly (once per caller) when they are not. */
export function sharedSchemasAvailable(what: string): boolean {
  const present = SHARED_SCHEMAS.every((name) => fs.existsSync(schemaPath(name)));
  if (!present) console.warn(`SKIPPED ${what}: the shared option schemas are not at ${sharedSchemasDir}`);
  return present;
}

export function schemaPath(name: SharedSchemaName): string {
  return path.join(sharedSchemasDir, `${name}.json.gz`);
}

export function temporaryDirectory(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `tsnix-${label}-`));
}

/** Generates typings for a shared schema and writes them under `root/<set>/`. */
export function generateInto(
  root: string,
  name: SharedSchemaName,
): GeneratedTypings & { readonly dir: string } {
  const generated = generateTypings(readSchemaFile(schemaPath(name)));
  const dir = path.join(root, generated.setKey);
  writeFiles(dir, generated.files);
  return { ...generated, dir };
}

export function writeFiles(
  dir: string,
  files: readonly { readonly path: string; readonly text: string }[],
): void {
  for (const file of files) {
    const target = path.join(dir, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.text);
  }
}

export function listFiles(dir: string, suffix: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(suffix))
    .map((file) => path.join(dir, file))
    .sort();
}

/**
 * Strict, no emit, `tsnix` resolved to the library sources; declaration files are checked too. With
 * exactOptionalPropertyTypes, as `tsnix compile` always checks.
 */
export const checkOptions: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2023.d.ts"],
  types: [],
  skipLibCheck: false,
  skipDefaultLibCheck: true,
  paths: { tsnix: [stdlibIndex] },
};

export interface CheckedProgram {
  readonly program: ts.Program;
  /** Diagnostics of one file (syntactic and semantic), or of every root file when none is given. */
  diagnostics(file?: string): readonly ts.Diagnostic[];
}

/** A program over `rootFiles` (ts-morph's, which carries TypeScript's lib files in memory). */
export function createCheckedProgram(rootFiles: readonly string[]): CheckedProgram {
  const project = new Project({ compilerOptions: checkOptions, skipAddingFilesFromTsConfig: true });
  for (const file of rootFiles) project.addSourceFileAtPath(file);
  project.resolveSourceFileDependencies();
  const program = project.getProgram().compilerObject;
  return {
    program,
    diagnostics(file) {
      const files = file ? [program.getSourceFile(file)!] : rootFiles.map((f) => program.getSourceFile(f)!);
      return [
        ...(file ? [] : [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]),
        ...files.flatMap((sf) => [
          ...program.getSyntacticDiagnostics(sf),
          ...program.getSemanticDiagnostics(sf),
        ]),
      ];
    },
  };
}

/** `file:line:col TS1234 message`, for readable assertion failures. */
export function describeDiagnostic(d: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(d.messageText, "\n").split("\n")[0];
  if (!d.file || d.start === undefined) return `TS${d.code} ${message}`;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `${path.basename(d.file.fileName)}:${line + 1}:${character + 1} TS${d.code} ${message}`;
}

export function lineOf(d: ts.Diagnostic): number {
  return d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
}
