// L4 module twins: each folder under module-twins/ holds a TypeScript module set (entry main.ts, with the modules and
// helper files it imports) and its hand-written Nix twin (entry twin.nix). Both are evaluated by nixpkgs'
// `lib.evalModules` (nixpkgs-lib fixture), all in one nix process; the merged config and the declared options must
// be equal. A case whose twin fails on purpose says so in error.txt (a part of the message); then both must fail
// with the same error.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileFiles } from "../../compiler/src/compile.js";
import { fixture, fixturesAtHand } from "../support/fixtures.js";
import { evalModuleSets, type ModuleSetResult } from "../support/module-eval.js";
import { nixAvailable } from "../support/nix.js";

const TWINS = path.join(path.dirname(fileURLToPath(import.meta.url)), "module-twins");

interface TwinCase {
  readonly name: string;
  readonly entry: string;
  readonly twin: string;
  /** A part of the error both sides must fail with, when the case is about an error. */
  readonly expectedError: string | undefined;
}

function twinCases(): TwinCase[] {
  return fs
    .readdirSync(TWINS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const dir = path.join(TWINS, e.name);
      const errorFile = path.join(dir, "error.txt");
      return {
        name: e.name,
        entry: path.join(dir, "main.ts"),
        twin: path.join(dir, "twin.nix"),
        expectedError: fs.existsSync(errorFile) ? fs.readFileSync(errorFile, "utf8").trim() : undefined,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const cases = twinCases();
const atHand = nixAvailable() && fixturesAtHand("L4 module twins (lib.evalModules)", "nixpkgs-lib");

describe("module twins", () => {
  it("has at least 25 cases, each with main.ts and twin.nix", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const c of cases)
      expect([c.name, fs.existsSync(c.entry), fs.existsSync(c.twin)]).toEqual([c.name, true, true]);
  });
});

describe.skipIf(!atHand)("module twins evaluated by lib.evalModules", () => {
  let out: string;
  let compileProblems: string[] = [];
  const results = new Map<string, { ts: ModuleSetResult; twin: ModuleSetResult }>();

  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-module-twins-"));
    const compiled = compileFiles(
      cases.map((c) => c.entry),
      { withImports: true, project: { root: TWINS }, layout: { outputRoot: out, sourceRoot: TWINS } },
    );
    compileProblems = compiled.diagnostics.map(
      (d) => `${path.relative(TWINS, d.file ?? "")}:${d.line}:${d.column} ${d.code} ${d.message}`,
    );
    for (const file of compiled.files) {
      if (file.nix === undefined) continue;
      const output = compiled.layout.outputOf(file.sourcePath);
      fs.mkdirSync(path.dirname(output), { recursive: true });
      fs.writeFileSync(output, file.nix);
    }
    const sets = cases.flatMap((c) => [[compiled.layout.outputOf(c.entry)], [c.twin]]);
    const evaluated = evalModuleSets(sets, path.join(fixture("nixpkgs-lib"), "lib"));
    cases.forEach((c, i) => results.set(c.name, { ts: evaluated[2 * i]!, twin: evaluated[2 * i + 1]! }));
  }, 600_000);

  afterAll(() => {
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it("every case compiles without diagnostics", () => {
    expect(compileProblems).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const { ts, twin } = results.get(c.name)!;
    if (c.expectedError === undefined) {
      expect(twin.ok ? "ok" : twin.error).toBe("ok");
      expect(ts.ok ? "ok" : ts.error).toBe("ok");
      expect(ts).toEqual(twin);
    } else {
      expect(twin.ok ? "evaluated without error" : twin.error).toContain(c.expectedError);
      expect(ts.ok ? "evaluated without error" : ts.error).toBe(twin.ok ? "" : twin.error);
    }
  });
});
