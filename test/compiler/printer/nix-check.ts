// Helpers for the printer tests: check printed texts with the real nix-instantiate, many per process.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { expect } from "vitest";
import { parseFiles } from "../../support/nix.js";

/**
 * Every text must be valid Nix syntax. `with { };` in front keeps Nix's parse-time check for undefined variables
 * quiet, so that table cases may use free names such as `f` and `x`.
 */
export function expectAllParse(texts: readonly string[]): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-printer-parse-"));
  try {
    const files = texts.map((text, i) => {
      const file = path.join(dir, `case-${i}.nix`);
      fs.writeFileSync(file, `with { };\n${text}\n`);
      return file;
    });
    const failures = parseFiles(files).map((f) => ({ ...f, text: fs.readFileSync(f.file, "utf8") }));
    expect(failures).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes `text` to a temporary file and returns its path with a cleanup function. */
export function tempNixFile(text: string): { file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-printer-eval-"));
  const file = path.join(dir, "expr.nix");
  fs.writeFileSync(file, text);
  return { file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
