// `tsnix compile FILE.ts [-o OUT.nix]`: one file's default export as one Nix expression, on stdout or into OUT
// (written atomically, with a header line, and never over a file tsnix did not write). The files it imports are
// compiled too; with -o they are written beside OUT in the same relative layout, so that OUT evaluates.
import * as fs from "node:fs";
import * as path from "node:path";
import { compileFiles } from "../../compile.js";
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
  // The files the input imports are checked (and, with -o, written) too: the output must evaluate on its own.
  const result = compileFiles([input], { withImports: true });
  const nix = result.files[0]?.nix;
  if (result.hasErrors || nix === undefined || result.files.some((f) => f.nix === undefined)) {
    report(result.diagnostics);
    return ExitCode.inputErrors;
  }
  if (result.diagnostics.length > 0) report(result.diagnostics);
  if (!out) {
    io.stdout(nix);
    return ExitCode.ok;
  }
  // The input goes to OUT; each file it imports to the same place relative to OUT as it has to the input.
  const target = path.resolve(io.cwd, out);
  const writes = result.files.map((file, i) => ({
    source: file.sourcePath,
    target:
      i === 0
        ? target
        : path.join(
            path.dirname(target),
            path.relative(path.dirname(input), file.sourcePath).replace(/\.(c|m)?tsx?$/, ".nix"),
          ),
    nix: file.nix ?? "", // every file has its text here: checked above
  }));
  if (!fs.existsSync(path.dirname(target))) {
    const reason = `the directory '${path.dirname(out)}' does not exist`;
    report([diagnosticWithoutLocation(Diagnostics.outputNotWritable(out, reason))]);
    return ExitCode.inputErrors;
  }
  const foreign = writes.find((w) => !mayOverwrite(w.target));
  if (foreign) {
    report([diagnosticWithoutLocation(Diagnostics.outputNotOurs(path.relative(io.cwd, foreign.target)))]);
    return ExitCode.inputErrors;
  }
  try {
    for (const w of writes.slice(1)) fs.mkdirSync(path.dirname(w.target), { recursive: true });
    for (const w of writes) writeFileAtomic(w.target, generatedHeader(w.source, w.target) + w.nix);
  } catch (error) {
    report([diagnosticWithoutLocation(Diagnostics.outputNotWritable(out, (error as Error).message))]);
    return ExitCode.inputErrors;
  }
  return ExitCode.ok;
}
