// Property: imperative function bodies (issue 11) — let variables changed by assignments and compound operators,
// if/else, for … of, counted for, while and do … while with break/continue/return inside, nested, switch with
// fallthrough, push onto a local array, truthiness — compile to Nix with the value Node computes.
import { imperativeProgram } from "./generators/imperative.js";
import { describePropertyFamily } from "./harness/property-suite.js";

describePropertyFamily({
  name: "imperative",
  programs: imperativeProgram,
  defaultCases: 500,
  maxRefusalRate: 0.02,
});
