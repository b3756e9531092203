// Property: arrays (literals, spreads, Array.from) and their methods (map/filter/reduce/some/every/find/findIndex/
// indexOf/includes/slice/concat/flat/flatMap/join/toSorted/toReversed/at) compile to Nix with Node's value.
import { arrayPrograms } from "./generators/programs.js";
import { describePropertyFamily } from "./harness/property-suite.js";

describePropertyFamily({ name: "arrays", programs: arrayPrograms, defaultCases: 700 });
