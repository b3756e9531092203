// `tsnix types --flake DIR [--override-input NAME PATH] [-o OUT]`: typings for every option set among the flake's
// inputs, each evaluated with the user's nix from the input's own source, written side by side into OUT (default
// DIR/.tsnix/types). A set that fails is reported and the others are still written; the exit code says so.
import * as path from "node:path";
import { Diagnostics } from "../../diagnostics/codes.js";
import { type Diagnostic, diagnosticWithoutLocation } from "../../diagnostics/diagnostic.js";
import { formatDiagnostics } from "../../diagnostics/format-diagnostic.js";
import { ExtractError, extractSchema } from "../../../../stdlib/src/typings/extract/extract-schema.js";
import { generateTypings } from "../../../../stdlib/src/typings/generate-typings.js";
import { formatReport } from "../../../../stdlib/src/typings/typings-report.js";
import { TypingsWriteError, writeTypings } from "../../../../stdlib/src/typings/write-typings.js";
import {
  InputSourceError,
  planFlakeTypings,
  resolveInputSources,
  type PlannedSet,
} from "../../project/flake-typings.js";
import { readFlakeInputs } from "../../project/read-flake-inputs.js";
import { ExitCode, type CliIo } from "../io.js";
import { type ParsedArgs, stringFlag, UsageError } from "../parse-args.js";
import { displayPath, secretOptionRule } from "./types.js";

export async function runFlakeTypes(args: ParsedArgs, io: CliIo): Promise<number> {
  for (const conflicting of ["schema", "nixpkgs", "home-manager", "set"]) {
    if (args.flags.has(conflicting)) {
      throw new UsageError(
        `--flake finds the option sets among the flake's inputs: it takes no --${conflicting}`,
      );
    }
  }
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}'`);
  const secretOptions = secretOptionRule(args);
  const dir = path.resolve(io.cwd, stringFlag(args, "flake")!);
  const outDir = path.resolve(io.cwd, stringFlag(args, "out") ?? path.join(dir, ".tsnix", "types"));
  const report = (diagnostics: readonly Diagnostic[]): void => {
    if (diagnostics.length > 0)
      io.stderr(formatDiagnostics(diagnostics, { cwd: io.cwd, codeFrame: io.codeFrames }));
  };
  const read = readFlakeInputs(dir);
  if (!read.ok) {
    report(read.diagnostics);
    return ExitCode.inputErrors;
  }
  const entry = path.join(dir, "flake.ts");
  let sets: readonly PlannedSet[];
  try {
    const sources = resolveInputSources(read.inputs, args.pairs.get("override-input") ?? [], io.cwd, dir);
    const plan = planFlakeTypings(sources);
    sets = plan.sets;
    for (const note of plan.notes) io.stdout(`  note: ${note}\n`);
  } catch (error) {
    if (!(error instanceof InputSourceError)) throw error;
    report([diagnosticWithoutLocation(Diagnostics.flakeInputsUnavailable(error.message), entry)]);
    return ExitCode.inputErrors;
  }
  const failures: Diagnostic[] = [];
  for (const set of sets) {
    const started = Date.now();
    try {
      const schema = await extractSchema({ ...set.extract, cwd: path.dirname(entry) });
      const generated = generateTypings(schema, { setKey: set.setKey, secretOptions });
      const written = writeTypings(outDir, generated.setKey, generated.files);
      io.stdout(formatReport(generated.report, displayPath(io.cwd, written)));
      io.stdout(`  from input '${set.input}' in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    } catch (error) {
      if (error instanceof ExtractError) {
        failures.push(
          diagnosticWithoutLocation(Diagnostics.flakeSetFailed(set.setKey, set.input, error.message), entry),
        );
      } else if (error instanceof TypingsWriteError) {
        const shown = displayPath(io.cwd, error.directory);
        failures.push(
          diagnosticWithoutLocation(
            error.kind === "not-ours"
              ? Diagnostics.typingsDirectoryNotOurs(shown)
              : Diagnostics.typingsNotWritable(shown, error.message),
          ),
        );
      } else {
        throw error;
      }
    }
  }
  report(failures);
  const written = sets.length - failures.length;
  io.stdout(
    `${written} of ${sets.length} option sets written to ${displayPath(io.cwd, outDir)}; include it in your tsconfig.json\n`,
  );
  return failures.length > 0 ? ExitCode.inputErrors : ExitCode.ok;
}
