// `tsnix build [DIR] [-o OUT]`: the project whose entry is DIR/flake.ts, compiled into a flake directory (default
// DIR/result-flake), written all at once. `tsnix check [DIR]` does everything but the writing.
import * as fs from "node:fs";
import * as path from "node:path";
import { Diagnostics } from "../../diagnostics/codes.js";
import { type Diagnostic, diagnosticWithoutLocation } from "../../diagnostics/diagnostic.js";
import { formatDiagnostics } from "../../diagnostics/format-diagnostic.js";
import { buildProject, type ProjectBuild } from "../../project/build-project.js";
import { OutputNotOursError, writeProjectTree } from "../../project/write-tree.js";
import { ExitCode, type CliIo } from "../io.js";
import { parseArgs, stringFlag, UsageError } from "../parse-args.js";

/** Builds with more files than this say what they are doing (on a terminal). */
const PROGRESS_THRESHOLD = 20;

export async function runBuildCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, [
    { name: "out", short: "o", takesValue: true },
    { name: "watch", short: "w", takesValue: false },
  ]);
  const dir = projectDirectory(args.positionals, io);
  const out = path.resolve(io.cwd, stringFlag(args, "out") ?? path.join(dir, "result-flake"));
  const once = () => buildOnce(dir, out, io);
  if (!args.flags.has("watch")) return once();
  const { watchProject } = await import("../watch.js");
  return watchProject(dir, out, once, io);
}

export async function runCheckCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, [
    { name: "eval", takesValue: false },
    { name: "override-input", takesValue: true, pairs: true },
  ]);
  const dir = projectDirectory(args.positionals, io);
  const build = buildProject(dir);
  report(build.diagnostics, io);
  if (build.hasErrors) return ExitCode.inputErrors;
  if (!args.flags.has("eval")) return ExitCode.ok;
  const { evaluateHosts } = await import("../../project/evaluate-hosts.js");
  const evaluation = evaluateHosts(dir, build, args.pairs.get("override-input") ?? [], io.cwd);
  report(evaluation.diagnostics, io);
  if (evaluation.outcome === "nix-unavailable") return ExitCode.usageOrInternal;
  if (evaluation.outcome === "failed") return ExitCode.inputErrors;
  io.stdout(`${Object.keys(evaluation.drvPaths).length} hosts evaluated\n`);
  return ExitCode.ok;
}

export function projectDirectory(positionals: readonly string[], io: CliIo): string {
  if (positionals.length > 1) throw new UsageError("expected at most one project directory");
  return path.resolve(io.cwd, positionals[0] ?? ".");
}

export function report(diagnostics: readonly Diagnostic[], io: CliIo): void {
  if (diagnostics.length > 0)
    io.stderr(formatDiagnostics(diagnostics, { cwd: io.cwd, codeFrame: io.codeFrames }));
}

function buildOnce(dir: string, out: string, io: CliIo): number {
  const build: ProjectBuild = buildProject(dir);
  report(build.diagnostics, io);
  if (build.hasErrors) return ExitCode.inputErrors;
  const shown = path.relative(io.cwd, out) || ".";
  if (io.codeFrames && build.files.length > PROGRESS_THRESHOLD) {
    io.stderr(`tsnix: writing ${build.files.length} files to ${shown}\n`);
  }
  try {
    if (!fs.existsSync(path.dirname(out)))
      throw new Error(`the directory '${path.dirname(out)}' does not exist`);
    writeProjectTree(out, dir, build.files);
  } catch (error) {
    const template =
      error instanceof OutputNotOursError
        ? Diagnostics.outputDirectoryNotOurs(shown)
        : Diagnostics.buildNotWritable(shown, (error as Error).message);
    report([diagnosticWithoutLocation(template)], io);
    return ExitCode.inputErrors;
  }
  return ExitCode.ok;
}
