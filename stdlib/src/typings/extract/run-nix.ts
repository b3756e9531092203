// Runs nix-instantiate asynchronously and keeps all of its output (a schema is megabytes of JSON on stdout).
import { spawn } from "node:child_process";
import { ExtractError } from "./extract-error.js";

export interface NixRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly milliseconds: number;
}

export function runNixInstantiate(args: readonly string[], cwd: string): Promise<NixRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn("nix-instantiate", args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "ENOENT"
          ? new ExtractError(
              "nix-instantiate was not found on PATH: install Nix (https://nixos.org/download) to extract options, " +
                "or generate typings from a schema file with --schema FILE.json.gz",
            )
          : new ExtractError(`could not run nix-instantiate: ${error.message}`),
      );
    });
    child.on("close", (status) => {
      resolve({
        status,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        milliseconds: performance.now() - started,
      });
    });
  });
}

/** The error part of nix's stderr, without the warnings and traces before it, cut to a readable length. */
export function nixErrorExcerpt(stderr: string, maxLines = 12): string {
  const lines = stderr.split("\n");
  const start = lines.findIndex((line) => line.startsWith("error:"));
  // nix's advice to use --show-trace does not apply: tsnix ran nix-instantiate, not the user
  const relevant = (start < 0 ? lines : lines.slice(start)).filter(
    (line) => line.trim() !== "" && !line.includes("--show-trace"),
  );
  const shown = relevant.slice(0, maxLines);
  if (relevant.length > maxLines) shown.push(`  … (${relevant.length - maxLines} more lines)`);
  return shown.join("\n");
}
