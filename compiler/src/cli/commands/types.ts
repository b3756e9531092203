// `tsnix types [--nixpkgs PATH | --set nixos|home-manager|nix-darwin|PATH.nix] [--schema FILE.json.gz] [-o DIR]`:
// generates option typings into DIR/<set>/ (default DIR: .tsnix/types). With --schema only stage 2 runs (no nix);
// without it, stage 1 extracts the schema through nix first. `tsnix types --flake DIR [--override-input NAME PATH]`
// does it for every option set among the flake's inputs, into DIR/.tsnix/types (see flake-typings.ts).
// `--secret-options REGEX` / `--no-secret-options` choose which options demand a secret reference.
import * as path from "node:path";
import { Diagnostics } from "../../diagnostics/codes.js";
import { type DiagnosticTemplate, diagnosticWithoutLocation } from "../../diagnostics/diagnostic.js";
import { formatDiagnostics } from "../../diagnostics/format-diagnostic.js";
import { ExtractError, extractSchema } from "../../../../stdlib/src/typings/extract/extract-schema.js";
import { generateTypings, setKeyFor } from "../../../../stdlib/src/typings/generate-typings.js";
import { readSchemaFile, SchemaReadError } from "../../../../stdlib/src/typings/read-schema.js";
import type { OptionsSchema } from "../../../../stdlib/src/typings/schema.js";
import { formatReport } from "../../../../stdlib/src/typings/typings-report.js";
import { TypingsWriteError, writeTypings } from "../../../../stdlib/src/typings/write-typings.js";
import { ExitCode, type CliIo } from "../io.js";
import { type ParsedArgs, parseArgs, stringFlag, UsageError } from "../parse-args.js";
import {
  DEFAULT_SECRET_OPTIONS,
  NO_SECRET_OPTIONS,
  secretOptionsMatching,
  type SecretOptionRule,
} from "../../../../stdlib/src/typings/secret-options.js";
import { runFlakeTypes } from "./types-flake.js";

export const DEFAULT_TYPINGS_DIR = path.join(".tsnix", "types");

const FLAGS = [
  { name: "nixpkgs", takesValue: true },
  { name: "home-manager", takesValue: true },
  { name: "set", takesValue: true },
  { name: "schema", takesValue: true },
  { name: "out", short: "o", takesValue: true },
  { name: "flake", takesValue: true },
  { name: "override-input", takesValue: true, pairs: true },
  { name: "secret-options", takesValue: true },
  { name: "no-secret-options", takesValue: false },
] as const;

interface TypesRequest {
  /** A schema file to read (stage 2 only), or undefined to extract one through nix. */
  readonly schema: string | undefined;
  readonly set: string;
  /** The OptionSets key asked for with --set alongside --schema. */
  readonly setKey: string | undefined;
  readonly nixpkgs: string | undefined;
  readonly homeManager: string | undefined;
  readonly out: string;
  readonly secretOptions: SecretOptionRule;
}

export async function runTypesCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, FLAGS);
  if (args.flags.has("flake")) return runFlakeTypes(args, io);
  if (args.pairs.has("override-input")) throw new UsageError("--override-input goes with --flake DIR");
  const request = typesRequest(args);
  const fail = (template: DiagnosticTemplate, file?: string): number => {
    const diagnostic = diagnosticWithoutLocation(template, file);
    io.stderr(formatDiagnostics([diagnostic], { cwd: io.cwd, codeFrame: io.codeFrames }));
    return ExitCode.inputErrors;
  };
  const started = Date.now();
  let schema: OptionsSchema;
  try {
    schema = request.schema
      ? readSchemaFile(path.resolve(io.cwd, request.schema))
      : await extract(request, io.cwd);
  } catch (error) {
    if (error instanceof SchemaReadError) return fail(schemaDiagnostic(error, request.schema ?? ""));
    if (error instanceof ExtractError) return fail(Diagnostics.optionExtractionFailed(error.message));
    throw error;
  }
  const generated = generateTypings(schema, {
    secretOptions: request.secretOptions,
    ...(request.setKey ? { setKey: request.setKey } : {}),
  });
  const outDir = path.resolve(io.cwd, request.out);
  let written: string;
  try {
    written = writeTypings(outDir, generated.setKey, generated.files);
  } catch (error) {
    if (!(error instanceof TypingsWriteError)) throw error;
    const shown = displayPath(io.cwd, error.directory);
    return fail(
      error.kind === "not-ours"
        ? Diagnostics.typingsDirectoryNotOurs(shown)
        : Diagnostics.typingsNotWritable(shown, error.message),
    );
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.stdout(formatReport(generated.report, displayPath(io.cwd, written)));
  io.stdout(
    `  done in ${seconds} s; include ${displayPath(io.cwd, outDir)} in your tsconfig.json to use them\n`,
  );
  return ExitCode.ok;
}

function typesRequest(args: ParsedArgs): TypesRequest {
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}'`);
  const schema = stringFlag(args, "schema");
  const set = stringFlag(args, "set");
  const nixpkgs = stringFlag(args, "nixpkgs");
  const homeManager = stringFlag(args, "home-manager");
  if (schema !== undefined && (nixpkgs !== undefined || homeManager !== undefined)) {
    throw new UsageError(
      "--schema reads a schema file and runs no nix: it takes no --nixpkgs or --home-manager",
    );
  }
  if (schema !== undefined && set !== undefined && (set.endsWith(".nix") || set.includes("/"))) {
    throw new UsageError("with --schema, --set names the option set (e.g. --set nixos), it cannot be a file");
  }
  return {
    schema,
    set: set ?? "nixos",
    setKey: schema !== undefined && set !== undefined ? setKeyFor(set) : undefined,
    nixpkgs,
    homeManager,
    out: stringFlag(args, "out") ?? DEFAULT_TYPINGS_DIR,
    secretOptions: secretOptionRule(args),
  };
}

/** `--secret-options REGEX` (matched against an option's name), `--no-secret-options`, or the default rule. */
export function secretOptionRule(args: ParsedArgs): SecretOptionRule {
  const pattern = stringFlag(args, "secret-options");
  if (args.flags.has("no-secret-options")) {
    if (pattern !== undefined)
      throw new UsageError("--secret-options and --no-secret-options exclude each other");
    return NO_SECRET_OPTIONS;
  }
  if (pattern === undefined) return DEFAULT_SECRET_OPTIONS;
  try {
    return secretOptionsMatching(new RegExp(pattern));
  } catch (error) {
    throw new UsageError(
      `--secret-options: '${pattern}' is not a regular expression (${(error as Error).message})`,
    );
  }
}

function extract(request: TypesRequest, cwd: string): Promise<OptionsSchema> {
  return extractSchema({
    set: request.set,
    cwd,
    ...(request.nixpkgs !== undefined ? { nixpkgs: request.nixpkgs } : {}),
    ...(request.homeManager !== undefined ? { homeManager: request.homeManager } : {}),
  });
}

function schemaDiagnostic(error: SchemaReadError, file: string): DiagnosticTemplate {
  switch (error.kind) {
    case "missing":
      return Diagnostics.schemaNotFound(file);
    case "unreadable":
      return Diagnostics.schemaUnreadable(file, error.message);
    case "wrong-format":
      return Diagnostics.schemaWrongFormat(file, error.message);
  }
}

export function displayPath(cwd: string, target: string): string {
  const relative = path.relative(cwd, target);
  return relative === "" ? "." : relative.startsWith("..") || path.isAbsolute(relative) ? target : relative;
}
