// Node's value against Nix's JSON: test/support/compare.ts's rule, plus one case it cannot know about. A float
// whose value is integral (1000431.0) prints in Nix 2.8's JSON with 6 significant digits (1.00043e+06), while
// compare.ts compares integral numbers exactly (they are usually Nix ints).
import { normalizeJs, sameValue, structurallyEqual } from "../../../support/compare.js";

export function sameNodeNixValue(js: unknown, nix: unknown): boolean {
  return (
    sameValue(js, nix) ||
    structurallyEqual(
      normalizeJs(js),
      nix,
      (a, b) => a === b || b === Number(a.toPrecision(6)) || sameValue(a, b),
    )
  );
}
