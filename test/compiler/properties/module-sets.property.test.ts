// Property: generated module sets — random option trees with random types, defaults, apply and readOnly, spread
// over modules that import each other, and definitions wrapped in random mk* (at options, inside attrsOf values and
// submodules, around groups) — evaluated by lib.evalModules from the compiled TypeScript and from a direct Nix
// rendering of the same structure give the same config and options, or the same error. Replay a run with
// FC_SEED and FC_NUM_RUNS; a failure is shrunk to a small module set.
import fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, fixturesAtHand } from "../../support/fixtures.js";
import { nixAvailable } from "../../support/nix.js";
import type { ModuleSet } from "./generators/module-set-model.js";
import { generatedModuleSets } from "./generators/module-sets.js";
import { checkModuleSets, MODULE_SET_FAILURES, type ModuleSetOutcome } from "./harness/check-module-sets.js";
import { casesPerFamily, propertySeed, shrinkBudgetMs } from "./harness/settings.js";

const DEFAULT_CASES = 120;
const LISTED = 3;
const atHand = nixAvailable() && fixturesAtHand("property: module sets (lib.evalModules)", "nixpkgs-lib");
const libDir = () => path.join(fixture("nixpkgs-lib"), "lib");

describe.skipIf(!atHand)("property: module sets", () => {
  const seed = propertySeed();
  const count = casesPerFamily(DEFAULT_CASES);
  let outcomes: ModuleSetOutcome[] = [];

  beforeAll(() => {
    const started = performance.now();
    const sets = fc.sample(generatedModuleSets, { seed, numRuns: count });
    outcomes = checkModuleSets(sets, libDir());
    const tally = new Map<string, number>();
    for (const o of outcomes) tally.set(o.kind, (tally.get(o.kind) ?? 0) + 1);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    dump(outcomes);
    console.log(
      `property module sets: seed ${seed}, ${count} cases, ${[...tally].map(([k, n]) => `${n} ${k}`).join(", ")} (${seconds} s)`,
    );
  }, 1_800_000);

  it(`checks ${count} generated module sets`, () => expect(outcomes).toHaveLength(count));

  it("the compiled TypeScript and the Nix rendering evaluate alike", () => {
    const failing = outcomes
      .map((o, index) => ({ o, index }))
      .filter(({ o }) => MODULE_SET_FAILURES.includes(o.kind));
    if (failing.length === 0) return;
    const sections = [
      `${failing.length} of ${count} module sets failed (seed ${seed}; replay with FC_SEED=${seed} FC_NUM_RUNS=${count})`,
    ];
    const shrunk = shrinkSet(seed, count, failing[0]!.index, failing[0]!.o.kind);
    if (shrunk)
      sections.push(
        `smallest ${shrunk.kind} found by shrinking case ${failing[0]!.index}:\n${describeOutcome(shrunk)}`,
      );
    for (const { o, index } of failing.slice(0, LISTED))
      sections.push(`case ${index}:\n${describeOutcome(o)}`);
    expect(sections.join("\n\n")).toBe("");
  });

  it("most module sets evaluate (the generator does not make only errors)", () => {
    const equal = outcomes.filter((o) => o.kind === "equal").length;
    expect(equal).toBeGreaterThanOrEqual(Math.floor(count * 0.5));
  });
});

/** TSNIX_PROPERTY_DUMP=dir writes every set that was not `equal` to dir/module-sets.txt, for investigating. */
function dump(outcomes: readonly ModuleSetOutcome[]): void {
  const dir = process.env["TSNIX_PROPERTY_DUMP"];
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  const text = outcomes.map((o, i) => (o.kind === "equal" ? "" : `=== case ${i}\n${describeOutcome(o)}\n`));
  fs.writeFileSync(path.join(dir, "module-sets.txt"), text.join(""));
}

function describeOutcome(o: ModuleSetOutcome): string {
  return `${o.kind}\n${o.detail ?? ""}\n${o.source}`;
}

/** Replay case `index` of the run and shrink it while it keeps failing the same way. */
function shrinkSet(seed: number, count: number, index: number, kind: string): ModuleSetOutcome | undefined {
  const budget = shrinkBudgetMs();
  if (budget <= 0) return undefined;
  let smallest: ModuleSetOutcome | undefined;
  fc.check(
    fc.property(generatedModuleSets, (set: ModuleSet) => {
      const outcome = checkModuleSets([set], libDir())[0]!;
      if (outcome.kind !== kind) return true;
      smallest = outcome;
      return false;
    }),
    { seed, numRuns: count, path: String(index), interruptAfterTimeLimit: budget },
  );
  return smallest;
}
