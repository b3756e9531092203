// The real nix-instantiate, driven in batches: one process evaluates many cases (spawning one per case is slow).
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export function nixAvailable(): boolean {
  return spawnSync("nix-instantiate", ["--version"], { encoding: "utf8" }).status === 0;
}

export type NixResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

function run(
  args: readonly string[],
  cwd?: string,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("nix-instantiate", args, {
    encoding: "utf8",
    cwd,
    maxBuffer: 1 << 30,
    env: { ...process.env, NIX_PATH: "" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Evaluate one file strictly to JSON. */
export function evalFileJson(file: string): NixResult {
  const r = run(["--eval", "--strict", "--json", file]);
  return r.status === 0 ? { ok: true, value: JSON.parse(r.stdout) } : { ok: false, error: r.stderr.trim() };
}

/** Evaluate an expression text strictly to JSON (from a temp file: argv has limits). */
export function evalJson(expression: string, dir?: string): NixResult {
  const work = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-eval-"));
  const file = path.join(work, `expr-${process.pid}-${Math.random().toString(36).slice(2)}.nix`);
  fs.writeFileSync(file, expression);
  try {
    return evalFileJson(file);
  } finally {
    fs.rmSync(file, { force: true });
    if (!dir) fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Evaluate many expressions with one nix process. Each is wrapped in tryEval/deepSeq so that a `throw` fails only
 * its own case; if the batch aborts anyway (type errors are not catchable), the cases are evaluated one by one.
 * `dir` is where relative paths inside the expressions resolve.
 */
export function evalManyJson(expressions: readonly string[], dir: string): NixResult[] {
  if (expressions.length === 0) return [];
  const wrapped = expressions
    .map(
      (e) =>
        `(let r = builtins.tryEval (let v = (${e}\n); in builtins.deepSeq v v); in if r.success then { ok = r.value; } else { thrown = true; })`,
    )
    .join("\n");
  const batch = evalJson(`[\n${wrapped}\n]`, dir);
  if (batch.ok) {
    return (batch.value as { ok?: unknown; thrown?: boolean }[]).map((r) =>
      r.thrown ? { ok: false, error: "throw" } : { ok: true, value: r.ok },
    );
  }
  if (expressions.length === 1) return [batch];
  const middle = Math.ceil(expressions.length / 2);
  return [
    ...evalManyJson(expressions.slice(0, middle), dir),
    ...evalManyJson(expressions.slice(middle), dir),
  ];
}

/** `nix-instantiate --parse` of many files in one process; returns the files that failed, with errors. */
export function parseFiles(files: readonly string[]): { file: string; error: string }[] {
  if (files.length === 0) return [];
  const r = run(["--parse", ...files]);
  if (r.status === 0) return [];
  if (files.length === 1) return [{ file: files[0]!, error: r.stderr.trim() }];
  const middle = Math.ceil(files.length / 2);
  return [...parseFiles(files.slice(0, middle)), ...parseFiles(files.slice(middle))];
}

export function nixVersion(): string {
  return execFileSync("nix-instantiate", ["--version"], { encoding: "utf8" }).trim();
}
