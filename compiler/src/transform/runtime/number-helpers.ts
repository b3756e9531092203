// Runtime helpers for numbers whose int/float kind is only known at evaluation time.
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import { defineHelpers } from "./helper-registry.js";

const n = nix.ident("n");
const floorN = nix.callBuiltin("floor", n);
const MAX_SAFE_FLOAT = nix.float(2 ** 53);

/** `true` when `n` is a float holding an integer JS would print without a fraction or exponent. */
const isSafeIntegralFloat = nix.binop(
  "&&",
  nix.binop("&&", nix.binop("<", n, MAX_SAFE_FLOAT), nix.binop(">", n, nix.unary("-", MAX_SAFE_FLOAT))),
  nix.binop("==", n, floorN),
);

defineHelpers(
  {
    // JS String(n): ints print the same in Nix; integral floats print as their integer; any other float would
    // print with 6 digits in Nix, so refuse at evaluation time rather than answer differently.
    name: "jsNumberToString",
    uses: [],
    definition: () =>
      nix.lambda(
        "n",
        nix.ifThenElse(
          nix.callBuiltin("isInt", n),
          nix.apply(nix.ident("toString"), n),
          nix.ifThenElse(
            isSafeIntegralFloat,
            nix.apply(nix.ident("toString"), floorN),
            nix.throwError(
              "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)",
            ),
          ),
        ),
      ),
  },
  {
    // The argument of Math.floor/ceil/round/trunc when it may be a float. Nix's rounding makes an int, exact to
    // 2^63 and wrapping beyond, while JS keeps a float there, which prints and computes differently past 2^53:
    // such numbers are refused rather than turned into wrong ints.
    name: "jsRoundable",
    uses: [],
    definition: () =>
      nix.lambda(
        "n",
        nix.ifThenElse(
          nix.binop(
            "||",
            nix.binop(">", n, MAX_SAFE_FLOAT),
            nix.binop("<", n, nix.unary("-", MAX_SAFE_FLOAT)),
          ),
          nix.throwError(
            "tsnix: rounding a number beyond ±2^53, where JavaScript keeps a float and Nix would make an int",
          ),
          n,
        ),
      ),
  },
  {
    // Math.round: JS rounds halves up (towards +∞). x - floor x is exact for doubles, unlike floor (x + 0.5).
    name: "jsRound",
    uses: ["jsRoundable"],
    definition: () =>
      nix.lambda(
        "x",
        nix.letIn(
          [nix.bind("n", nix.apply(nix.ident("jsRoundable"), nix.ident("x")))],
          nix.ifThenElse(
            nix.binop(">=", nix.binop("-", n, floorN), nix.float(0.5)),
            nix.binop("+", floorN, nix.int(1)),
            floorN,
          ),
        ),
      ),
  },
  {
    name: "jsTrunc",
    uses: ["jsRoundable"],
    definition: () =>
      nix.lambda(
        "x",
        nix.letIn(
          [nix.bind("n", nix.apply(nix.ident("jsRoundable"), nix.ident("x")))],
          nix.ifThenElse(nix.binop("<", n, nix.int(0)), nix.callBuiltin("ceil", n), floorN),
        ),
      ),
  },
  {
    // Turns an integral float into an int so it can index lists and print like JS; refuses anything else.
    name: "jsToInt",
    uses: [],
    definition: () =>
      nix.lambda(
        "n",
        nix.ifThenElse(
          nix.callBuiltin("isInt", n),
          n,
          nix.ifThenElse(
            isSafeIntegralFloat,
            floorN,
            nix.throwError("tsnix: expected an integer, got a fraction"),
          ),
        ),
      ),
  },
);

const a = nix.ident("a");
const b = nix.ident("b");
const isInt = (e: nix.Expr) => nix.callBuiltin("isInt", e);
/** `e` is an int, or a float holding a whole number within ±2^53. */
const isWholeWithinSafe = (e: nix.Expr) =>
  nix.binop(
    "||",
    isInt(e),
    nix.binop(
      "&&",
      nix.binop("&&", nix.binop("<", e, MAX_SAFE_FLOAT), nix.binop(">", e, nix.unary("-", MAX_SAFE_FLOAT))),
      nix.binop("==", e, nix.callBuiltin("floor", e)),
    ),
  );

defineHelpers(
  {
    // JS `a % b` on integers: the sign follows the dividend, as with builtins.div's truncation. Floats are refused at
    // evaluation time because `a - b * trunc(a / b)` is not exactly fmod.
    name: "jsRemainder",
    uses: [],
    definition: () =>
      nix.lambda(
        "a",
        nix.lambda(
          "b",
          nix.ifThenElse(
            nix.binop("&&", isInt(a), isInt(b)),
            nix.binop("-", a, nix.binop("*", b, nix.callBuiltin("div", a, b))),
            // Floats holding whole numbers (`n / 2` of an even n) compute exactly as ints; the result stays a
            // float. JS's remainder of other floats is exact too, which Nix's float arithmetic is not: refused.
            nix.ifThenElse(
              nix.binop("&&", isWholeWithinSafe(a), isWholeWithinSafe(b)),
              nix.letIn(
                [nix.bind("x", nix.callBuiltin("floor", a)), nix.bind("y", nix.callBuiltin("floor", b))],
                nix.binop(
                  "*",
                  nix.binop(
                    "-",
                    nix.ident("x"),
                    nix.binop("*", nix.ident("y"), nix.callBuiltin("div", nix.ident("x"), nix.ident("y"))),
                  ),
                  nix.float(1),
                ),
              ),
              nix.throwError("tsnix: % is only supported on whole numbers"),
            ),
          ),
        ),
      ),
  },
  {
    // JS `a ** b` for integer a and non-negative integer b, by repeated squaring. Results beyond ±2^53 are refused:
    // JS rounds them to doubles while Nix ints are exact (and wrap at 2^63).
    name: "jsPow",
    uses: [],
    definition: () => {
      const half = nix.ident("half");
      const square = nix.ident("square");
      const estimate = nix.ident("estimate");
      const outside = (x: nix.Expr, limit: nix.Expr) =>
        nix.binop("||", nix.binop(">", x, limit), nix.binop("<", x, nix.unary("-", limit)));
      const tooBig = nix.throwError(
        "tsnix: ** result beyond ±2^53, where JavaScript numbers are no longer exact",
      );
      const odd = nix.binop("==", nix.callBuiltin("bitAnd", b, nix.int(1)), nix.int(1));
      return nix.lambda(
        "a",
        nix.lambda(
          "b",
          nix.ifThenElse(
            nix.binop("||", nix.not(nix.binop("&&", isInt(a), isInt(b))), nix.binop("<", b, nix.int(0))),
            nix.throwError("tsnix: ** is only supported on integers with a non-negative exponent"),
            nix.ifThenElse(
              nix.binop("==", b, nix.int(0)),
              nix.int(1),
              nix.letIn(
                [
                  nix.bind("half", nix.apply(nix.ident("jsPow"), a, nix.callBuiltin("div", b, nix.int(2)))),
                  nix.bind("square", nix.binop("*", half, half)),
                  // computed in floats, which cannot wrap around
                  nix.bind("estimate", nix.binop("*", nix.binop("*", a, nix.float(1)), square)),
                ],
                nix.ifThenElse(
                  outside(half, nix.int(94906265)), // floor(sqrt(2^53)): the square would exceed 2^53
                  tooBig,
                  nix.ifThenElse(
                    odd,
                    nix.ifThenElse(outside(estimate, MAX_SAFE_FLOAT), tooBig, nix.binop("*", a, square)),
                    square,
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    },
  },
);

/** `[sign, digits]` of the text when the pattern matches, with leading zeros of the digits dropped. */
const WHOLE_TEXT = "[[:space:]]*([+-]?)0*([0-9]*[0-9])[[:space:]]*";
const WHOLE_PREFIX = "[[:space:]]*([+-]?)0*([0-9]*[0-9]).*";

/** `let m = builtins.match pattern text; in if m == null then onMismatch else <sign applied to the digits>`. */
function wholeNumberOf(pattern: string, text: Expr, onMismatch: Expr): Expr {
  const m = nix.ident("m");
  const digits = nix.callBuiltin("elemAt", m, nix.int(1));
  const value = nix.callBuiltin("fromJSON", digits);
  return nix.letIn(
    [nix.bind("m", nix.callBuiltin("match", nix.str(pattern), text))],
    nix.ifThenElse(
      nix.binop("==", m, nix.NULL),
      onMismatch,
      nix.ifThenElse(
        // 15 digits stay below 2^53, where JS numbers are exact.
        nix.binop(">", nix.callBuiltin("stringLength", digits), nix.int(15)),
        nix.throwError("tsnix: a number of more than 15 digits is beyond JavaScript's exact integers"),
        nix.ifThenElse(
          nix.binop("==", nix.callBuiltin("elemAt", m, nix.int(0)), nix.str("-")),
          nix.unary("-", value),
          value,
        ),
      ),
    ),
  );
}

defineHelpers(
  {
    // Number(s): a whole decimal number, maybe signed and surrounded by spaces; blank text is 0.
    name: "jsNumberOfText",
    uses: [],
    definition: () =>
      nix.lambda(
        "s",
        wholeNumberOf(
          WHOLE_TEXT,
          nix.ident("s"),
          nix.ifThenElse(
            nix.binop("!=", nix.callBuiltin("match", nix.str("[[:space:]]*"), nix.ident("s")), nix.NULL),
            nix.int(0),
            nix.throwError("tsnix: Number() is only supported on text holding a whole decimal number"),
          ),
        ),
      ),
  },
  {
    // parseInt(s) / parseInt(s, 10): the whole decimal number the text starts with.
    name: "jsParseInt",
    uses: [],
    definition: () =>
      nix.lambda(
        "decimal",
        nix.lambda(
          "s",
          nix.ifThenElse(
            nix.binop(
              "&&",
              nix.not(nix.ident("decimal")),
              nix.binop(
                "!=",
                nix.callBuiltin("match", nix.str("[[:space:]]*[+-]?0[xX].*"), nix.ident("s")),
                nix.NULL,
              ),
            ),
            nix.throwError("tsnix: parseInt of hexadecimal text is not supported"),
            wholeNumberOf(
              WHOLE_PREFIX,
              nix.ident("s"),
              nix.throwError("tsnix: parseInt found no digits (NaN in JavaScript)"),
            ),
          ),
        ),
      ),
  },
);
