// Evaluation tests written as a table: each case is a small TypeScript module and what tsnix must do with it —
// answer exactly as Node does, stop with a `tsnix:` throw when evaluated, or refuse with a code. All cases of a
// table compile as one program and evaluate in one nix-instantiate batch.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { compileFiles } from "../../compiler/src/compile.js";
import { sameValue } from "./compare.js";
import { evalManyJson } from "./nix.js";
import { runTsModule } from "./node-eval.js";

export type Expectation =
  /** Compiles without diagnostics, and Nix's value is Node's (also compared as JSON text when `exactText`). */
  | "same"
  /** Compiles, Node computes a value, and the Nix stops with a deliberate throw when evaluated. */
  | "stops"
  /** Refused with this diagnostic code. */
  | `TSNIX${number}`;

export interface EvalCase {
  readonly name: string;
  /** A module whose default export is the value compared. */
  readonly source: string;
  readonly expect: Expectation;
}

interface Outcome {
  readonly codes: readonly string[];
  readonly nix?: string;
  readonly js?: { ok: true; value: unknown } | { ok: false; error: string };
  readonly result?: { ok: true; value: unknown } | { ok: false; error: string };
}

function evaluate(cases: readonly EvalCase[]): Map<string, Outcome> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-eval-cases-"));
  try {
    const files = cases.map((c, i) => ({ path: path.join(dir, `case${i}.ts`), text: c.source }));
    const compiled = compileFiles(files);
    const outcomes = cases.map((c, i): Outcome => {
      const file = files[i]!;
      const codes = compiled.diagnostics.filter((d) => d.file === file.path).map((d) => d.code);
      const nix = codes.length === 0 ? compiled.files[i]?.nix : undefined;
      let js: Outcome["js"];
      try {
        js = { ok: true, value: runTsModule({ [file.path]: file.text }, file.path)["default"] };
      } catch (error) {
        js = { ok: false, error: String(error) };
      }
      return { codes, nix, js };
    });
    const evaluated = outcomes.map((o, i) => ({ o, i })).filter(({ o }) => o.nix !== undefined);
    const results = evalManyJson(
      evaluated.map(({ o }) => o.nix!),
      dir,
    );
    evaluated.forEach(({ i }, k) => {
      outcomes[i] = { ...outcomes[i]!, result: results[k]! };
    });
    return new Map(cases.map((c, i) => [c.name, outcomes[i]!]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What went wrong with one case, or "" when it behaved as expected. */
function verdict(c: EvalCase, o: Outcome): string {
  const show = () =>
    `\n--- TypeScript:\n${c.source}\n--- Nix:\n${o.nix ?? "(none)"}\n--- codes: ${o.codes.join(" ")}`;
  if (c.expect.startsWith("TSNIX")) {
    return o.codes.includes(c.expect) ? "" : `expected ${c.expect}${show()}`;
  }
  if (o.codes.length > 0) return `expected it to compile${show()}`;
  if (!o.js?.ok) return `Node threw: ${o.js?.error}${show()}`;
  if (!o.result) return `not evaluated${show()}`;
  if (c.expect === "stops") {
    return !o.result.ok && o.result.error === "throw"
      ? ""
      : `expected a tsnix throw, got ${JSON.stringify(o.result)} (Node: ${JSON.stringify(o.js.value)})${show()}`;
  }
  if (!o.result.ok) return `Nix failed: ${o.result.error.slice(0, 300)}${show()}`;
  const same = sameValue(o.js.value, o.result.value);
  return same ? "" : `Node ${JSON.stringify(o.js.value)} ≠ Nix ${JSON.stringify(o.result.value)}${show()}`;
}

/** One vitest suite for the table: every case is its own test, all evaluated together up front. */
export function describeEvalCases(title: string, cases: readonly EvalCase[]): void {
  describe(title, () => {
    let outcomes: Map<string, Outcome> | undefined;
    const outcomeOf = (name: string): Outcome => {
      outcomes ??= evaluate(cases);
      return outcomes.get(name)!;
    };
    it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      expect(verdict(c, outcomeOf(c.name))).toBe("");
    });
  });
}
