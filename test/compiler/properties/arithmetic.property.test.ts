// Property: integer, float and boolean arithmetic (JS `/` and `%` with negative operands, `**`, Math rounding,
// min/max/abs/sign, comparisons, literal spellings) compiles to Nix that evaluates to the value Node computes.
import { arithmeticPrograms } from "./generators/programs.js";
import { describePropertyFamily } from "./harness/property-suite.js";

describePropertyFamily({ name: "arithmetic", programs: arithmeticPrograms, defaultCases: 700 });
