// One property family as a vitest suite: sample the family's programs with a fixed seed, check them all in batches,
// then assert that Node and Nix agree, that the generator made valid programs, and that refusals stay rare. A
// failing case is shrunk (fast-check, replaying its path) to a small counterexample for the report.
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type CaseOutcome,
  checkCases,
  COMPILER_BUGS,
  describeOutcome,
  GENERATOR_BUGS,
  type OutcomeKind,
  REFUSALS,
} from "./check-cases.js";
import { casesPerFamily, propertySeed, shrinkBudgetMs } from "./settings.js";

export interface PropertyFamily {
  readonly name: string;
  /** Whole TypeScript modules whose default export is the value compared. */
  readonly programs: fc.Arbitrary<string>;
  readonly defaultCases: number;
  /** The largest share of cases tsnix may refuse before the generator (or the compiler) is suspect. */
  readonly maxRefusalRate?: number;
}

const SETUP_TIMEOUT = 600_000;
const SHRUNK_PER_KIND = 1;
const LISTED_PER_KIND = 3;

export function describePropertyFamily(family: PropertyFamily): void {
  describe(`property: ${family.name}`, () => {
    const seed = propertySeed();
    const count = casesPerFamily(family.defaultCases);
    let sources: string[] = [];
    let outcomes: CaseOutcome[] = [];

    beforeAll(() => {
      const started = performance.now();
      sources = fc.sample(family.programs, { seed, numRuns: count });
      outcomes = checkCases(sources);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `property ${family.name}: seed ${seed}, ${count} cases, ${summarize(outcomes)} (${seconds} s)`,
      );
      dumpOutcomes(family.name, outcomes);
    }, SETUP_TIMEOUT);

    it(`checks ${count} generated programs`, () => {
      expect(outcomes).toHaveLength(count);
    });

    it("generates programs that type-check and that JS evaluates to comparable values", () => {
      expect(failureReport(family, seed, count, sources, outcomes, GENERATOR_BUGS)).toBe("");
    });

    it(
      "Node and Nix compute the same value",
      () => {
        expect(failureReport(family, seed, count, sources, outcomes, COMPILER_BUGS)).toBe("");
      },
      SETUP_TIMEOUT,
    );

    it(`refuses at most ${percent(family.maxRefusalRate ?? 0.02)} of the programs`, () => {
      const refused = outcomes.filter((o) => REFUSALS.includes(o.kind));
      const rate = refused.length / Math.max(1, outcomes.length);
      const report =
        rate > (family.maxRefusalRate ?? 0.02)
          ? `${refused.length} of ${outcomes.length} refused (seed ${seed}):\n${refusalSummary(refused)}\n\n` +
            refused.slice(0, LISTED_PER_KIND).map(describeOutcome).join("\n\n")
          : "";
      expect(report).toBe("");
    });
  });
}

function failureReport(
  family: PropertyFamily,
  seed: number,
  count: number,
  sources: readonly string[],
  outcomes: readonly CaseOutcome[],
  kinds: readonly OutcomeKind[],
): string {
  const failing = outcomes.map((o, index) => ({ o, index })).filter(({ o }) => kinds.includes(o.kind));
  if (failing.length === 0) return "";
  const sections = [
    `${failing.length} of ${count} cases failed in family ${family.name} (seed ${seed}; ` +
      `replay with FC_SEED=${seed} FC_NUM_RUNS=${count}): ${summarize(failing.map(({ o }) => o))}`,
  ];
  for (const kind of kinds) {
    const ofKind = failing.filter(({ o }) => o.kind === kind);
    ofKind.slice(0, SHRUNK_PER_KIND).forEach(({ index }) => {
      const shrunk = shrinkCase(family.programs, seed, count, index, kind);
      if (shrunk && shrunk.source !== sources[index]) {
        sections.push(`smallest ${kind} found by shrinking case ${index}:\n${describeOutcome(shrunk)}`);
      }
    });
    ofKind.slice(0, LISTED_PER_KIND).forEach(({ o, index }) => {
      sections.push(`case ${index}:\n${describeOutcome(o)}`);
    });
  }
  const report = sections.join("\n\n");
  console.error(report);
  return report;
}

/** Replay case `index` of the run and shrink it while it keeps failing the same way. */
function shrinkCase(
  programs: fc.Arbitrary<string>,
  seed: number,
  count: number,
  index: number,
  kind: OutcomeKind,
): CaseOutcome | undefined {
  const budget = shrinkBudgetMs();
  if (budget <= 0) return undefined;
  let smallest: CaseOutcome | undefined;
  fc.check(
    fc.property(programs, (source) => {
      const outcome = checkCases([source])[0]!;
      if (outcome.kind !== kind) return true;
      smallest = outcome;
      return false;
    }),
    { seed, numRuns: count, path: String(index), interruptAfterTimeLimit: budget },
  );
  return smallest;
}

/** TSNIX_PROPERTY_DUMP=dir writes every case that was not `equal` to dir/<family>.txt, for investigating. */
export function dumpOutcomes(name: string, outcomes: readonly CaseOutcome[]): void {
  const dir = process.env["TSNIX_PROPERTY_DUMP"];
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  const text = outcomes
    .map((o, index) => (o.kind === "equal" ? "" : `=== case ${index}\n${describeOutcome(o)}\n`))
    .join("");
  fs.writeFileSync(path.join(dir, `${name}.txt`), text);
}

function summarize(outcomes: readonly CaseOutcome[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(", ");
}

function refusalSummary(refused: readonly CaseOutcome[]): string {
  const counts = new Map<string, number>();
  for (const o of refused) {
    for (const code of new Set(o.codes ?? ["runtime throw"])) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].map(([code, n]) => `${code}: ${n}`).join(", ");
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(0)}%`;
}
