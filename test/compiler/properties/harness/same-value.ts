// Node's value against Nix's JSON: test/support/compare.ts's rule, plus one case it cannot know about. A float
// whose value is integral (1000431.0) prints in Nix 2.8's JSON with 6 significant digits (1.00043e+06), while
// compare.ts compares integral numbers exactly (they are usually Nix ints).
import { normalizeJs, sameValue } from "../../../support/compare.js";

export function sameNodeNixValue(js: unknown, nix: unknown): boolean {
  return sameValue(js, nix) || sameModuloFloatDigits(normalizeJs(js), nix);
}

function sameModuloFloatDigits(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return a === b || b === Number(a.toPrecision(6)) || sameValue(a, b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameModuloFloatDigits(x, b[i]))
    );
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return (
      ka.length === kb.length &&
      ka.every(
        (k, i) =>
          k === kb[i] &&
          sameModuloFloatDigits((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    );
  }
  return a === b;
}
