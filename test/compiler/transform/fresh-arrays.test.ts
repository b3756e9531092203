// `.sort()` and `.reverse()` mutate in JS; tsnix lowers them to Nix's non-mutating forms only where no one else can
// see the array (issue 12, cause 21). A const read once, but from a function or callback that runs more than once,
// is seen again by each later run.
import { describeEvalCases } from "../../support/eval-cases.js";

describeEvalCases("fresh arrays", [
  {
    name: "the one reference sits in a function called twice",
    source: "const xs = [1, 2, 3];\nconst f = () => xs.reverse()[0];\nexport default [f(), f()];",
    expect: "TSNIX1210",
  },
  {
    name: "the one reference sits in a callback run per element",
    source: "const xs = [3, 1, 2];\nexport default [0, 1].map(() => xs.sort((a, b) => b - a).reverse()[0]);",
    expect: "TSNIX1210",
  },
  {
    name: "the one reference sits in a method of an object",
    source: 'const xs = ["b", "a"];\nconst o = { m() { return xs.sort(); } };\nexport default o.m();',
    expect: "TSNIX1210",
  },
  {
    name: "a const declared inside the function is fresh on each call",
    source:
      "const f = (n: number) => { const xs = [n, 1, 2]; return xs.reverse()[0]; };\nexport default [f(5), f(6)];",
    expect: "same",
  },
  {
    name: "a literal inside a callback is fresh on each run",
    source: "export default [1, 2].map((n) => [n, 0, 9].sort((a, b) => a - b).reverse());",
    expect: "same",
  },
  {
    name: "a top-level const read once at the top level",
    source: "const xs = [1, 2, 3];\nexport default xs.reverse();",
    expect: "same",
  },
]);
