// The official nixfmt as the layout oracle for tests: many texts formatted by one process, and a loud note when it
// is not installed (CI has none; the printer never needs it).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

let available: boolean | undefined;

/** Whether `nixfmt` (1.4) is on PATH; warns loudly, naming `what` is skipped, when not. */
export function nixfmtAtHand(what: string): boolean {
  available ??= spawnSync("nixfmt", ["--numeric-version"], { encoding: "utf8" }).status === 0;
  if (!available) console.warn(`SKIPPED: ${what} (nixfmt is not on PATH; install nixfmt 1.4 to run it)`);
  return available;
}

export interface Mismatch {
  readonly index: number;
  readonly printed: string;
  readonly formatted: string;
}

/**
 * Formats every text with `nixfmt --width=width`, in one process, and returns those it changed. Throws when nixfmt
 * fails (a text that does not parse is a printer bug, never a pass).
 */
export function nixfmtMismatches(texts: readonly string[], width = 100): Mismatch[] {
  if (texts.length === 0) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-nixfmt-"));
  try {
    const files = texts.map((text, i) => {
      const file = path.join(dir, `case-${i}.nix`);
      fs.writeFileSync(file, text);
      return file;
    });
    const run = spawnSync("nixfmt", [`--width=${width}`, ...files], { encoding: "utf8", maxBuffer: 1 << 28 });
    if (run.status !== 0) {
      throw new Error(`nixfmt failed (status ${run.status}):\n${run.stderr.slice(0, 4000)}`);
    }
    return files.flatMap((file, index) => {
      const formatted = fs.readFileSync(file, "utf8");
      return formatted === texts[index] ? [] : [{ index, printed: texts[index]!, formatted }];
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A short unified-style view of where `formatted` departs from `printed`, for failure messages. */
export function describeMismatch(m: Mismatch, context = 3): string {
  const a = m.printed.split("\n");
  const b = m.formatted.split("\n");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - context);
  const lines = [
    ...a.slice(from, start).map((l) => `  ${l}`),
    ...a.slice(start, endA).map((l) => `- ${l}`),
    ...b.slice(start, endB).map((l) => `+ ${l}`),
    ...a.slice(endA, endA + context).map((l) => `  ${l}`),
  ];
  return `line ${start + 1} (- printed, + nixfmt):\n${lines.join("\n")}`;
}
