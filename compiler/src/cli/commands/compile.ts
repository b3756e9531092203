// `tsnix compile FILE.ts [-o OUT.nix]`: one file's default export as one Nix expression, on stdout or into OUT
// (with a header line, and never over a file tsnix did not write). The files it imports are compiled too; with -o
// they are written beside OUT in the same relative layout, all in one atomic write, so that OUT evaluates.
import * as fs from "node:fs";
import * as path from "node:path";
import { compileFiles } from "../../compile.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import { type Diagnostic, diagnosticWithoutLocation } from "../../diagnostics/diagnostic.js";
import { formatDiagnostics } from "../../diagnostics/format-diagnostic.js";
import { generatedHeader, mayOverwrite } from "../../emit/generated-header.js";
import { OutputWriteError, writeFilesAtomically } from "../../emit/write-atomic.js";
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
  // The files the input imports are checked (and, with -o, written) too: the output must evaluate on its own. The
  // input goes to OUT, each file it imports to the same place relative to OUT as it has to the input; the emitted
  // imports name exactly these paths (an import of the input itself names OUT).
  const target = out === undefined ? undefined : path.resolve(io.cwd, out);
  const layout = target && {
    outputRoot: path.dirname(target),
    sourceRoot: path.dirname(input),
    pinned: new Map([[input, target]]),
  };
  const result = compileFiles([input], { withImports: true, ...(layout && { layout }) });
  const nix = result.files[0]?.nix;
  if (result.hasErrors || nix === undefined || result.files.some((f) => f.nix === undefined)) {
    report(result.diagnostics);
    return ExitCode.inputErrors;
  }
  if (result.diagnostics.length > 0) report(result.diagnostics);
  if (!target || out === undefined) {
    io.stdout(nix);
    return ExitCode.ok;
  }
  if (!fs.existsSync(path.dirname(target))) {
    const reason = `the directory '${path.dirname(out)}' does not exist`;
    report([diagnosticWithoutLocation(Diagnostics.outputNotWritable(out, reason))]);
    return ExitCode.inputErrors;
  }
  const files = result.files.map((file) => {
    const output = result.layout.outputOf(file.sourcePath);
    return { path: output, text: generatedHeader(file.sourcePath, output) + (file.nix ?? "") };
  });
  try {
    writeFilesAtomically(files, mayOverwrite);
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    const shown = path.relative(io.cwd, error.file) || out;
    report([
      diagnosticWithoutLocation(
        error.reason === "not-ours"
          ? Diagnostics.outputNotOurs(shown)
          : Diagnostics.outputNotWritable(shown, error.message),
      ),
    ]);
    return ExitCode.inputErrors;
  }
  return ExitCode.ok;
}
