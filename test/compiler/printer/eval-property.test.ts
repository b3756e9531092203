// Property: random well-typed ASTs print to text that the real Nix parses and evaluates to the expected value.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { list } from "../../../compiler/src/nix/ast.js";
import { printNix, printNixExpression } from "../../../compiler/src/printer/print-nix.js";
import { evalJson, evalManyJson, nixAvailable, parseFiles } from "../../support/nix.js";
import { type Gen, type Ty, typedExpr } from "./typed-ast-arbitrary.js";
import { toJson } from "./typed-values.js";

const BATCH = 250;
const RUNS = 6;
// Narrow widths force nearly every group to break, so layouts are exercised as much as parentheses.
const WIDTHS = [100, 60, 30, 10];

interface Case {
  readonly gen: Gen;
  readonly width: number;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    gen: fc.constantFrom<Ty>("int", "bool", "string", "list", "attrs").chain((ty) => typedExpr(ty, 4)),
    width: fc.constantFrom(...WIDTHS),
  })
  // The failure message names the bad case; dumping 250 ASTs as the counterexample would bury it.
  .map((c) => Object.assign(c, { [fc.toStringMethod]: () => "<case>" }));

/** Checks one batch; returns a description of the first problem, or undefined. */
function checkBatch(cases: readonly Case[], dir: string): string | undefined {
  const texts = cases.map((c) => printNix(c.gen.expr, { printWidth: c.width }));
  const files = texts.map((text, i) => {
    const file = path.join(dir, `case-${i}.nix`);
    fs.writeFileSync(file, text);
    return file;
  });
  const unparsable = parseFiles(files);
  if (unparsable.length > 0) return `does not parse: ${unparsable[0]!.error}`;
  // Each case on its own, as a whole file…
  const results = evalManyJson(texts, dir);
  for (const [i, result] of results.entries()) {
    const expected = toJson(cases[i]!.gen.value);
    if (!result.ok) return `fails to evaluate:\n${texts[i]}\n${result.error}`;
    if (!isDeepStrictEqual(result.value, expected)) {
      return `wrong value:\n${texts[i]}\nexpected ${JSON.stringify(expected)}, got ${JSON.stringify(result.value)}`;
    }
  }
  // …and all of them as elements of one printed list, where each must be parenthesised correctly.
  const combined = evalJson(printNixExpression(list(cases.map((c) => c.gen.expr))), dir);
  const expectedAll = cases.map((c) => toJson(c.gen.value));
  if (!combined.ok) return `the combined list fails: ${combined.error}`;
  if (!isDeepStrictEqual(combined.value, expectedAll)) return "the combined list evaluates differently";
  return undefined;
}

function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!nixAvailable())("printed random expressions (checked with nix-instantiate)", () => {
  it(`parse and evaluate as generated (${BATCH * RUNS} cases)`, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-printer-prop-"));
    try {
      fc.assert(
        fc.property(fc.array(caseArb, { minLength: BATCH, maxLength: BATCH }), (cases) => {
          const problem = checkBatch(cases, dir);
          if (problem !== undefined) throw new Error(problem);
        }),
        // A failing batch is reported with its first bad case; shrinking would cost one nix run per step.
        { numRuns: RUNS, endOnFailure: true },
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
