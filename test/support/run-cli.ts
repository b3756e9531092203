// Running the tsnix command in-process, as a user would from `cwd`, capturing what it prints. Every run also
// checks the promise that a user's mistake never prints a stack trace.
import { expect } from "vitest";
import { main } from "../../compiler/src/cli/main.js";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(cwd: string, argv: readonly string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io = {
    cwd,
    stdout: (s: string) => void (stdout += s),
    stderr: (s: string) => void (stderr += s),
    codeFrames: false,
  };
  const code = await main(argv, io);
  expect(stderr).not.toMatch(/\n\s+at /);
  return { code, stdout, stderr };
}
