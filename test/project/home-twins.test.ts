// L4 twins for home-manager: each folder under home-twins/ holds a home module written in TypeScript (main.ts, with
// the files it imports) and its hand-written Nix twin (twin.nix). Both are evaluated by home-manager's own module
// system (its extended lib, its module list, the home-manager and nixpkgs-lib fixtures, nixpkgs-20.09 for `pkgs`),
// all in one nix process; what home-manager makes of them — the home's variables, packages, files, programs, the
// TS-declared options' values and declarations — must be equal, and both must evaluate.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileFiles } from "../../compiler/src/compile.js";
import { fixturesAtHand, fixturesRoot } from "../support/fixtures.js";
import { evalHomeSets, type HomeSetResult } from "../support/home-eval.js";
import { nixAvailable } from "../support/nix.js";

const TWINS = path.join(path.dirname(fileURLToPath(import.meta.url)), "home-twins");
const cases = fs
  .readdirSync(TWINS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const atHand =
  nixAvailable() && fixturesAtHand("home-manager twins", "nixpkgs-lib", "home-manager", "nixpkgs-20.09");

describe("home-manager twins", () => {
  it("has cases, each with main.ts and twin.nix", () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
    for (const c of cases) {
      const has = (f: string) => fs.existsSync(path.join(TWINS, c, f));
      expect([c, has("main.ts"), has("twin.nix")]).toEqual([c, true, true]);
    }
  });
});

describe.skipIf(!atHand)("home-manager twins evaluated by home-manager", () => {
  let out: string;
  let compileProblems: string[] = [];
  const results = new Map<string, { ts: HomeSetResult; twin: HomeSetResult }>();

  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-home-twins-"));
    const entries = cases.map((c) => path.join(TWINS, c, "main.ts"));
    const compiled = compileFiles(entries, {
      withImports: true,
      project: { root: TWINS },
      layout: { outputRoot: out, sourceRoot: TWINS },
    });
    compileProblems = compiled.diagnostics.map(
      (d) => `${path.relative(TWINS, d.file ?? "")}:${d.line}:${d.column} ${d.code} ${d.message}`,
    );
    for (const file of compiled.files) {
      if (file.nix === undefined) continue;
      const output = compiled.layout.outputOf(file.sourcePath);
      fs.mkdirSync(path.dirname(output), { recursive: true });
      fs.writeFileSync(output, file.nix);
    }
    const sets = entries.flatMap((entry, i) => [
      [compiled.layout.outputOf(entry)],
      [path.join(TWINS, cases[i]!, "twin.nix")],
    ]);
    const evaluated = evalHomeSets(sets, fixturesRoot());
    cases.forEach((c, i) => results.set(c, { ts: evaluated[2 * i]!, twin: evaluated[2 * i + 1]! }));
  }, 600_000);

  afterAll(() => {
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it("every case compiles without diagnostics", () => {
    expect(compileProblems).toEqual([]);
  });

  it.each(cases)("%s", (c) => {
    const { ts, twin } = results.get(c)!;
    expect(twin.ok ? "ok" : twin.error).toBe("ok");
    expect(ts.ok ? "ok" : ts.error).toBe("ok");
    expect(ts).toEqual(twin);
  });
});
