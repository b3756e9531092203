// Property: string literals (with `$`, `{`, `}`, `${`, `\`, quotes, control characters, unicode), template literals,
// concatenation with numbers and the String methods compile to Nix with the value Node computes.
import { stringPrograms } from "./generators/programs.js";
import { describePropertyFamily } from "./harness/property-suite.js";

describePropertyFamily({ name: "strings", programs: stringPrograms, defaultCases: 700 });
