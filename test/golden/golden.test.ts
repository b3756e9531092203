// Golden files (oracle L1/L2, plus an L3 check): every golden input compiles to exactly its pinned Nix, every
// pinned file parses with nix-instantiate, and its value equals what Node computes for the TypeScript. Error
// cases pin the diagnostics' codes and positions. `npm run golden:update` rewrites the pinned files.
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compileFiles, type CompileResult } from "../../compiler/src/compile.js";
import { sameValue } from "../support/compare.js";
import { errorCases, expectedNixPath, goldenCases, type GoldenCase } from "../support/golden-cases.js";
import { evalManyJson, parseFiles } from "../support/nix.js";
import { runTsModule } from "../support/node-eval.js";

const updating = process.env["GOLDEN_UPDATE"] === "1";
const cases = goldenCases();
const errors = errorCases();

function compileAll(list: readonly GoldenCase[]): CompileResult {
  return compileFiles(list.flatMap((c) => c.sources));
}

describe("golden: compiled Nix", () => {
  let result: CompileResult;
  beforeAll(() => {
    result = compileAll(cases);
  });

  it("has enough cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, golden) => {
    for (const source of golden.sources) {
      const compiled = result.files.find((f) => f.sourcePath === source);
      const diagnostics = result.diagnostics.filter((d) => d.file === source);
      expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
      expect(compiled?.nix).toBeDefined();
      const target = expectedNixPath(source);
      if (updating) fs.writeFileSync(target, compiled!.nix!);
      else expect(compiled!.nix).toBe(fs.readFileSync(target, "utf8"));
    }
  });

  it("every pinned file parses (nix-instantiate --parse)", () => {
    const files = cases.flatMap((c) => c.sources.map(expectedNixPath));
    expect(parseFiles(files)).toEqual([]);
  });

  it("every pinned file evaluates to the value Node computes", () => {
    const comparable = cases.filter((c) => !fs.existsSync(path.join(c.dir, "no-eval")));
    const jsValues = comparable.map((c) => {
      const files = Object.fromEntries(c.sources.map((s) => [s, fs.readFileSync(s, "utf8")]));
      return runTsModule(files, c.sources[0]!)["default"];
    });
    const results = evalManyJson(
      comparable.map((c) => `import ${expectedNixPath(c.sources[0]!)}`),
      path.dirname(cases[0]!.dir),
    );
    const mismatches = comparable.flatMap((c, i) => {
      const nix = results[i]!;
      if (!nix.ok) return [`${c.name}: nix failed: ${nix.error.slice(0, 300)}`];
      return sameValue(jsValues[i], nix.value)
        ? []
        : [`${c.name}: node ${JSON.stringify(jsValues[i])} ≠ nix ${JSON.stringify(nix.value)}`];
    });
    expect(mismatches).toEqual([]);
  });
});

describe("golden: diagnostics", () => {
  let result: CompileResult;
  beforeAll(() => {
    result = compileAll(errors);
  });

  it("has enough cases", () => {
    expect(errors.length).toBeGreaterThanOrEqual(20);
  });

  it.each(errors.map((c) => [c.name, c] as const))("%s", (_name, golden) => {
    const source = golden.sources[0]!;
    const actual = result.diagnostics
      .filter((d) => d.file === source)
      .map((d) => `${d.line}:${d.column} ${d.code}`)
      .join("\n");
    const target = path.join(golden.dir, "expected.txt");
    if (updating) fs.writeFileSync(target, `${actual}\n`);
    else expect(`${actual}\n`).toBe(fs.readFileSync(target, "utf8"));
    expect(actual).toMatch(/TSNIX\d{4}/);
  });
});
