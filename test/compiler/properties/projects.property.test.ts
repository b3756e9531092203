// Property: generated multi-file projects — random import graphs with cycles (also back to the entry), re-exports
// of every kind, default- and exports-shaped files, awkward file and directory names — compiled with -o into
// another directory (the entry at a different name and depth) evaluate in Nix to the exports Node computes.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { generatedProjects } from "./generators/projects.js";
import { checkProjects } from "./harness/check-projects.js";
import {
  type CaseOutcome,
  COMPILER_BUGS,
  describeOutcome,
  GENERATOR_BUGS,
  REFUSALS,
} from "./harness/check-cases.js";
import { dumpOutcomes } from "./harness/property-suite.js";
import { casesPerFamily, propertySeed } from "./harness/settings.js";

const DEFAULT_CASES = 200;
/** Every n-th project goes through the command line (one TypeScript program each: slower). */
const CLI_EVERY = 30;

describe("property: multi-file projects", () => {
  const seed = propertySeed();
  const count = casesPerFamily(DEFAULT_CASES);
  let outcomes: CaseOutcome[] = [];

  beforeAll(async () => {
    const started = performance.now();
    const projects = fc.sample(generatedProjects, { seed, numRuns: count });
    outcomes = await checkProjects(projects, CLI_EVERY);
    const tally = new Map<string, number>();
    for (const o of outcomes) tally.set(o.kind, (tally.get(o.kind) ?? 0) + 1);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    dumpOutcomes("projects", outcomes);
    console.log(
      `property projects: seed ${seed}, ${count} cases, ${[...tally].map(([k, n]) => `${n} ${k}`).join(", ")} (${seconds} s)`,
    );
  }, 1_200_000);

  const report = (kinds: readonly string[]) =>
    outcomes
      .filter((o) => kinds.includes(o.kind))
      .slice(0, 3)
      .map(describeOutcome)
      .join("\n\n");

  it(`checks ${count} generated projects`, () => expect(outcomes).toHaveLength(count));
  it("generates projects that type-check and run in Node", () => expect(report(GENERATOR_BUGS)).toBe(""));
  it("Node and Nix compute the same exports", () => expect(report(COMPILER_BUGS)).toBe(""));
  it("refuses none of them", () => expect(report(REFUSALS)).toBe(""));
});
