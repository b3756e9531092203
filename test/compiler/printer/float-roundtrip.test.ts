// Property: every finite double printed as a Nix float literal reads back in Nix as exactly the same double.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binop, callBuiltin, float, list, str } from "../../../compiler/src/nix/ast.js";
import { printNix } from "../../../compiler/src/printer/print-nix.js";
import { evalJson, nixAvailable } from "../../support/nix.js";

const BATCH = 2_000;
const RUNS = 3;

const doubleArb = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  // Subnormals, which Nix refuses as literals, and the values around the smallest normal.
  fc.double({ min: 0, max: 1e-300, noNaN: true }),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 8),
);

describe.skipIf(!nixAvailable())("float literals round trip (checked with nix-instantiate)", () => {
  it(`reproduce ${BATCH * RUNS} generated doubles exactly`, () => {
    fc.assert(
      fc.property(fc.array(doubleArb, { minLength: BATCH, maxLength: BATCH }), (values) => {
        // Nix's JSON parser reads numbers with correct rounding, independently of the printer under test. The
        // exponent form keeps it from reading integral values as (overflowing) 64-bit integers.
        // `builtins.isFloat` catches literals that read back as ints (`fromJSON "5"` is the int 5, and `5.0 == 5`).
        const checks = values.map((v) =>
          binop(
            "&&",
            callBuiltin("isFloat", float(v)),
            binop("==", float(v), callBuiltin("fromJSON", str(v.toExponential()))),
          ),
        );
        const result = evalJson(printNix(list(checks)));
        expect(result.ok).toBe(true);
        const wrong = values.filter((_, i) => (result.ok ? (result.value as boolean[])[i] !== true : true));
        expect(wrong.slice(0, 5)).toEqual([]);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
