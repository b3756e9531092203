// Robustness: arbitrary snippets, valid and invalid, never make the compiler throw. Every file gets Nix text or an
// error diagnostic; every diagnostic has a TSnnnn/TSNIXnnnn code and a 1-based line/column inside its file; every
// printed Nix text parses with nix-instantiate.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileFiles, type CompileResult } from "../../../compiler/src/compile.js";
import { allPrograms } from "../properties/generators/programs.js";
import { casesPerFamily, propertySeed } from "../properties/harness/settings.js";
import { parseFiles } from "../../support/nix.js";
import { snippets } from "./generators/snippets.js";

const COUNT = casesPerFamily(2400);
const CHUNK = 200;
const CODE = /^TS(NIX)?\d{4,5}$/;

interface Snippet {
  readonly path: string;
  readonly text: string;
}

interface Checked {
  readonly snippet: Snippet;
  /** Why the compiler's answer is not acceptable, if it is not. */
  readonly problems: readonly string[];
  readonly nix?: string;
}

/** Compile a chunk in one program; when that throws, halve it until the throwing snippets are alone. */
function compileChunk(files: readonly Snippet[]): Checked[] {
  let result: CompileResult;
  try {
    result = compileFiles(files);
  } catch (error) {
    if (files.length === 1) {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      return [
        { snippet: files[0]!, problems: [`compileFiles threw: ${text.split("\n").slice(0, 6).join("\n")}`] },
      ];
    }
    const middle = Math.ceil(files.length / 2);
    return [...compileChunk(files.slice(0, middle)), ...compileChunk(files.slice(middle))];
  }
  const known = new Set(files.map((f) => f.path));
  const stray = result.diagnostics.filter((d) => d.file === undefined || !known.has(d.file));
  return files.map((snippet, i) => {
    const problems: string[] = [];
    const lines = snippet.text.split(/\r\n|[\r\n\u2028\u2029]/);
    const own = result.diagnostics.filter((d) => d.file === snippet.path);
    for (const d of own) {
      const where = `${d.line}:${d.column} ${d.code}`;
      if (!CODE.test(d.code)) problems.push(`bad code: ${where} ${d.message}`);
      const line = lines[d.line - 1];
      if (!Number.isInteger(d.line) || line === undefined) problems.push(`line outside the file: ${where}`);
      else if (!Number.isInteger(d.column) || d.column < 1 || d.column > line.length + 1)
        problems.push(`column outside line ${d.line} (${line.length} characters): ${where}`);
    }
    if (i === 0)
      for (const d of stray) problems.push(`diagnostic outside the snippets: ${d.code} ${d.message}`);
    const nix = result.files[i]?.nix;
    const errors = own.filter((d) => d.severity === "error");
    if (nix === undefined && errors.length === 0 && !result.diagnostics.some((d) => d.file === undefined)) {
      problems.push("neither Nix text nor an error diagnostic");
    }
    if (nix !== undefined && nix.trim() === "") problems.push("empty Nix text");
    if (nix !== undefined && errors.length > 0) problems.push("Nix text despite error diagnostics");
    return nix === undefined ? { snippet, problems } : { snippet, problems, nix };
  });
}

function report(failures: readonly Checked[]): string {
  return failures
    .slice(0, 8)
    .map((c) => `--- snippet ${JSON.stringify(c.snippet.text.slice(0, 600))}\n${c.problems.join("\n")}`)
    .join("\n\n");
}

describe("robustness: arbitrary snippets", () => {
  const seed = propertySeed();
  let dir = "";
  let checked: Checked[] = [];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-robustness-"));
    const texts = fc.sample(snippets(allPrograms), { seed, numRuns: COUNT });
    const files = texts.map((text, i) => ({ path: path.join(dir, `snippet${i}.ts`), text }));
    const started = performance.now();
    for (let i = 0; i < files.length; i += CHUNK) checked.push(...compileChunk(files.slice(i, i + CHUNK)));
    const answered = checked.filter((c) => c.nix !== undefined).length;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`robustness: seed ${seed}, ${COUNT} snippets, ${answered} compiled to Nix (${seconds} s)`);
  }, 600_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`compiles ${COUNT} snippets`, () => {
    expect(checked).toHaveLength(COUNT);
  });

  it("never throws, and answers every snippet with Nix or well-placed, coded diagnostics", () => {
    expect(report(checked.filter((c) => c.problems.length > 0))).toBe("");
  });

  it("prints Nix that nix-instantiate can parse", () => {
    const compiled = checked.filter((c) => c.nix !== undefined);
    const files = compiled.map((c, i) => {
      const file = path.join(dir, `parsed${i}.nix`);
      fs.writeFileSync(file, c.nix!);
      return file;
    });
    const failed = parseFiles(files).map(({ file, error }) => {
      const c = compiled[files.indexOf(file)]!;
      return `--- snippet ${JSON.stringify(c.snippet.text.slice(0, 600))}\n--- Nix:\n${c.nix}\n--- ${error.slice(0, 500)}`;
    });
    expect(failed.slice(0, 5).join("\n\n")).toBe("");
  }, 120_000);
});
