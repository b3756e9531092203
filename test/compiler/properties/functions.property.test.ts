// Property: conditionals, functions and lets — statement bodies with early returns, curried and partially applied
// arrows, destructured and defaulted parameters, closures, shadowing with Nix-builtin-like names, recursion —
// compile to Nix with the value Node computes.
import { functionPrograms } from "./generators/programs.js";
import { describePropertyFamily } from "./harness/property-suite.js";

// Defaults on parameters typed with null are refused (TSNIX1208: null and undefined are one Nix null); the
// generator probes them on purpose, in 2–4% of the programs.
describePropertyFamily({
  name: "functions",
  programs: functionPrograms,
  defaultCases: 700,
  maxRefusalRate: 0.05,
});
