// The streams and working directory a CLI command runs against, so tests can run commands in-process.
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether diagnostics get code frames (true when the diagnostic stream is a terminal). */
  readonly codeFrames: boolean;
}

export const ExitCode = { ok: 0, inputErrors: 1, usageOrInternal: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    codeFrames: Boolean(process.stdout.isTTY),
  };
}
