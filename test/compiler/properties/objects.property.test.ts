// Property: object literals (nested, quoted/numeric/computed keys, spreads where later wins, conditional spreads,
// undefined members) and reading them (`?.`, `??` on present-null vs missing members, `in`, Object.keys/entries)
// compile to Nix with the value Node computes.
import { objectPrograms } from "./generators/programs.js";
import { describePropertyFamily } from "./harness/property-suite.js";

// Spreading a hoisted object whose members may hold undefined over a member of the same name is refused
// (TSNIX1225); the generator makes such spreads on purpose, in about 7% of the programs.
describePropertyFamily({
  name: "objects",
  programs: objectPrograms,
  defaultCases: 700,
  maxRefusalRate: 0.1,
});
