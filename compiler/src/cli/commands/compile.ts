// `tsnix compile FILE.ts [-o OUT.nix]`: one file's default export as one Nix expression, on stdout or into OUT
// (written atomically, with a header line, and never over a file tsnix did not write).
import * as fs from "node:fs";
import * as path from "node:path";
import { compileFile } from "../../compile.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import { type Diagnostic, diagnosticWithoutLocation } from "../../diagnostics/diagnostic.js";
import { formatDiagnostics } from "../../diagnostics/format-diagnostic.js";
import { generatedHeader, mayOverwrite } from "../../emit/generated-header.js";
import { writeFileAtomic } from "../../emit/write-atomic.js";
import { ExitCode, type CliIo } from "../io.js";
import { parseArgs, stringFlag, UsageError } from "../parse-args.js";

export async function runCompileCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, [{ name: "out", short: "o", takesValue: true }]);
  if (args.positionals.length !== 1) throw new UsageError("expected exactly one input file");
  const input = path.resolve(io.cwd, args.positionals[0]!);
  const out = stringFlag(args, "out");
  const report = (diagnostics: readonly Diagnostic[]) =>
    io.stderr(formatDiagnostics(diagnostics, { cwd: io.cwd, codeFrame: io.codeFrames }));

  if (!/\.(c|m)?tsx?$/.test(input)) {
    report([diagnosticWithoutLocation(Diagnostics.notATypeScriptFile(args.positionals[0]!))]);
    return ExitCode.inputErrors;
  }
  if (!fs.existsSync(input) || !fs.statSync(input).isFile()) {
    report([diagnosticWithoutLocation(Diagnostics.fileNotFound(args.positionals[0]!))]);
    return ExitCode.inputErrors;
  }
  const result = compileFile(input);
  const nix = result.files[0]?.nix;
  if (result.hasErrors || nix === undefined) {
    report(result.diagnostics);
    return ExitCode.inputErrors;
  }
  if (result.diagnostics.length > 0) report(result.diagnostics);
  if (!out) {
    io.stdout(nix);
    return ExitCode.ok;
  }
  const target = path.resolve(io.cwd, out);
  if (!mayOverwrite(target)) {
    report([diagnosticWithoutLocation(Diagnostics.outputNotOurs(out))]);
    return ExitCode.inputErrors;
  }
  try {
    writeFileAtomic(target, generatedHeader(input, target) + nix);
  } catch (error) {
    report([diagnosticWithoutLocation(Diagnostics.outputNotWritable(out, (error as Error).message))]);
    return ExitCode.inputErrors;
  }
  return ExitCode.ok;
}
