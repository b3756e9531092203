// Property: every printed random AST is a fixed point of the official nixfmt 1.4 (formatting it changes nothing), at
// nixfmt's width and at narrower ones, where nearly every layout rule comes into play. Runs where nixfmt is
// installed; FC_NUM_RUNS sets the number of cases (default 5,000), FC_SEED replays a run.
import fc from "fast-check";
import { describe, it } from "vitest";
import type { Expr } from "../../../compiler/src/nix/ast.js";
import { printNix } from "../../../compiler/src/printer/print-nix.js";
import { describeMismatch, nixfmtAtHand, nixfmtMismatches } from "../../support/nixfmt.js";
import { casesPerFamily, propertySeed } from "../properties/harness/settings.js";
import { syntaxFile } from "./syntax-ast-arbitrary.js";
import { type Ty, typedExpr } from "./typed-ast-arbitrary.js";

const BATCH = 500;
const WIDTHS = [100, 100, 80, 60, 40, 20];

interface Case {
  readonly expr: Expr;
  readonly width: number;
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  expr: fc.oneof(
    // Every node kind, any nesting, names and strings of every length…
    { arbitrary: fc.integer({ min: 1, max: 4 }).chain(syntaxFile), weight: 3 },
    // …and the well-typed shapes of the evaluation property test.
    {
      arbitrary: fc
        .constantFrom<Ty>("int", "bool", "string", "list", "attrs")
        .chain((ty) => typedExpr(ty, 4))
        .map((g) => g.expr),
      weight: 1,
    },
  ),
  width: fc.constantFrom(...WIDTHS),
});

// The failure message names the bad case; dumping a whole batch of ASTs as the counterexample would bury it.
const batchArb = fc
  .array(caseArb, { minLength: BATCH, maxLength: BATCH })
  .map((cases) => Object.assign(cases, { [fc.toStringMethod]: () => `<${cases.length} cases>` }));

/** The first case of the batch that nixfmt would change, described; undefined when there is none. */
function firstMismatch(cases: readonly Case[]): string | undefined {
  for (const width of new Set(cases.map((c) => c.width))) {
    const texts = cases.filter((c) => c.width === width).map((c) => printNix(c.expr, { printWidth: width }));
    const [first] = nixfmtMismatches(texts, width);
    if (first !== undefined) {
      return `nixfmt --width=${width} changes a printed file, ${describeMismatch(first)}\n--- printed:\n${first.printed}`;
    }
  }
  return undefined;
}

const total = casesPerFamily(5_000);
const seed = propertySeed();

describe.skipIf(!nixfmtAtHand("printed random ASTs are nixfmt fixed points"))(
  "printed random ASTs are nixfmt 1.4 fixed points",
  () => {
    it(`${total} cases, seed ${seed}`, { timeout: 1_800_000 }, () => {
      fc.assert(
        fc.property(batchArb, (cases) => {
          const problem = firstMismatch(cases);
          if (problem !== undefined)
            throw new Error(`${problem}\n(replay: FC_SEED=${seed} FC_NUM_RUNS=${total})`);
        }),
        // A failing batch is reported with its first bad case; shrinking would cost a nixfmt run per step.
        { seed, numRuns: Math.max(1, Math.ceil(total / BATCH)), endOnFailure: true },
      );
    });
  },
);
