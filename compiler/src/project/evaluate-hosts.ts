// `tsnix check --eval`: evaluates every host's `system.build.toplevel.drvPath` with the user's nix, in one process,
// and reports a NixOS error at the TypeScript it comes from: module-system messages name the module's `_file`
// (the .ts source) and the option, which is found among that file's definitions.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Diagnostics } from "../diagnostics/codes.js";
import { type Diagnostic, diagnosticWithoutLocation } from "../diagnostics/diagnostic.js";
import type { ProjectBuild } from "./build-project.js";
import { locateNixError } from "./locate-nix-error.js";
import { writeProjectTree } from "./write-tree.js";

export interface HostEvaluation {
  /** "nix-unavailable": nix could not be run at all. */
  readonly outcome: "ok" | "failed" | "nix-unavailable";
  readonly diagnostics: readonly Diagnostic[];
  /** Host name → drvPath of its system, when every host evaluated. */
  readonly drvPaths: Readonly<Record<string, string>>;
}

/** Evaluates the hosts of `build` (a project in `dir`) from a scratch copy of its flake; nothing is kept. */
export function evaluateHosts(
  dir: string,
  build: ProjectBuild,
  overrides: readonly (readonly [string, string])[],
  cwd: string,
): HostEvaluation {
  if ((build.flake?.hosts ?? []).length === 0) return { outcome: "ok", diagnostics: [], drvPaths: {} };
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-check-"));
  try {
    const flakeDir = path.join(scratch, "flake");
    writeProjectTree(flakeDir, dir, build.files);
    const result = runNixEval(flakeDir, overrides, cwd);
    if (result.error !== undefined) {
      const diagnostic = diagnosticWithoutLocation(Diagnostics.nixNotAvailable(result.error));
      return { outcome: "nix-unavailable", diagnostics: [diagnostic], drvPaths: {} };
    }
    if (result.status === 0) {
      return {
        outcome: "ok",
        diagnostics: [],
        drvPaths: JSON.parse(result.stdout) as Record<string, string>,
      };
    }
    return { outcome: "failed", diagnostics: [locateNixError(result.stderr, dir, build)], drvPaths: {} };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

interface NixRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly error?: string;
}

const DRV_PATHS = "cs: builtins.mapAttrs (name: c: c.config.system.build.toplevel.drvPath) cs";

function runNixEval(
  flakeDir: string,
  overrides: readonly (readonly [string, string])[],
  cwd: string,
): NixRun {
  const args = [
    "--extra-experimental-features",
    "nix-command flakes",
    "eval",
    "--json",
    // The trace holds the positions in the generated files that errors are located by.
    "--show-trace",
    `path:${flakeDir}#nixosConfigurations`,
    "--apply",
    DRV_PATHS,
    ...overrides.flatMap(([name, value]) => ["--override-input", name, overrideUrl(value, cwd)]),
  ];
  const run = spawnSync("nix", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error) return { status: null, stdout: "", stderr: "", error: run.error.message };
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A local directory given to --override-input becomes a `path:` flake reference; anything else is passed on. */
function overrideUrl(value: string, cwd: string): string {
  if (/^[a-z+]+:/.test(value)) return value;
  return `path:${path.resolve(cwd, value)}`;
}
