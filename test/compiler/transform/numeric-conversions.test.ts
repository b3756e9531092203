// Rounding a float to an int (issue 12, causes 1 and 2): Nix's builtins.floor/ceil make 64-bit ints, which wrap
// past 2^63 and print every digit past 2^53, while JS keeps a float there. Within ±2^53 the answer is JS's; beyond,
// tsnix stops when evaluated — through every type view of the number.
import { describeEvalCases } from "../../support/eval-cases.js";

describeEvalCases("numeric conversions: rounding", [
  {
    name: "Math.floor of 1e20 (beyond 2^63)",
    source: "const big = 1e20;\nexport default Math.floor(big);",
    expect: "stops",
  },
  {
    name: "an int past 2^53 from a float prints JS's digits or stops",
    source: "export default String(Math.floor(36028797018963970 / 1));",
    expect: "stops",
  },
  {
    name: "a literal folds only within ±2^53",
    source: "export default [Math.floor(1e20), String(Math.ceil(2 ** 60)), Math.round(-0.4)];",
    expect: "stops",
  },
  {
    name: "rounding through a number parameter, halves up like JS",
    source:
      "const r = (x: number) => [Math.round(x), Math.floor(x), Math.ceil(x), Math.trunc(x)];\n" +
      "export default [r(-2.5), r(2.5), r(-7.9), r(9007199254740991 / 1), r(-9007199254740992 / 1)];",
    expect: "same",
  },
  {
    name: "rounding through a generic view of a number",
    source:
      "const apply = <T,>(f: (x: T) => number, x: T) => f(x);\n" +
      "export default apply((x: number) => Math.trunc(x), 1e300);",
    expect: "stops",
  },
  {
    name: "rounding a number from JSON.parse (any)",
    source: 'const xs: number[] = JSON.parse("[4.5e18]");\nexport default Math.floor(xs[0]!);',
    expect: "stops",
  },
  {
    name: "rounding through a function type view",
    source:
      "type Round = (x: number) => number;\nconst pick: Round[] = [(x) => Math.floor(x), (x) => Math.ceil(x)];\n" +
      "export default pick.map((f) => String(f(2 ** 55 + 0.5)));",
    expect: "stops",
  },
  {
    name: "rounding small floats through callbacks",
    source: "export default [0.5, 1.5, -1.5, 2.25].map((x) => `${Math.round(x)}:${Math.floor(x)}`);",
    expect: "same",
  },
]);

// Where Nix needs an int — an index, a position, a length, a count — a float holding a whole number (`4 / 2`, a
// number parameter) is converted when evaluated, a fraction stops there, and one known now is refused.
describeEvalCases("numeric conversions: whole numbers where Nix needs an int", [
  {
    name: "indices, positions, lengths and counts through number parameters",
    source:
      'const f = (n: number) => [1, 2, 3][n];\nconst g = (n: number) => "abcd".slice(n, n + 2);\n' +
      'const h = (n: number) => Array.from({ length: n }, (_, i) => i);\nconst r = (n: number) => "ab".repeat(n);\n' +
      'const p = (n: number) => "x".padStart(n, "-");\n' +
      "export default [f(4 / 2), g(2 / 2), h(6 / 2), r(4 / 2), p(9 / 3), [5, 6].at(-4 / 4), [7, 8].slice(2 / 2)];",
    expect: "same",
  },
  {
    name: "a fraction reaching an index when evaluated",
    source: "const f = (n: number) => [1, 2, 3][n] ?? 0;\nexport default f(3 / 2);",
    expect: "stops",
  },
  {
    name: "a fraction reaching a length when evaluated",
    source: "const h = (n: number) => Array.from({ length: n }, () => 0);\nexport default h(5 / 2);",
    expect: "stops",
  },
  { name: "a fraction known now", source: "const i = 1.5;\nexport default [1, 2][i];", expect: "TSNIX1212" },
]);
