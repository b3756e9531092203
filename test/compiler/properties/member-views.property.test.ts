// Property (member-views, issue 12): values seen through wider and narrower type views (see generators/type-views.ts)
// compile to Nix with the value Node computes, or are refused with a code, or stop with a `tsnix:` check.
import { memberViewPrograms } from "./generators/type-views.js";
import { describePropertyFamily } from "./harness/property-suite.js";

describePropertyFamily({
  name: "member-views",
  programs: memberViewPrograms,
  defaultCases: 1000,
  maxRefusalRate: 0.8,
});
