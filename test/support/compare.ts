// Comparing Node's value with Nix's JSON output: key order ignored, floats to 6 significant digits (Nix's JSON
// prints 6), undefined object members absent (as JSON.stringify drops them).
export function normalizeJs(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "function") throw new Error("a function cannot be compared");
  if (Array.isArray(value)) return value.map(normalizeJs);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = normalizeJs(v);
    return out;
  }
  return value;
}

export function sameValue(js: unknown, nix: unknown): boolean {
  return structurallyEqual(normalizeJs(js), nix, sameNumber);
}

/** Deep equality of JSON values, key order ignored, numbers compared by `sameNumbers`. */
export function structurallyEqual(
  a: unknown,
  b: unknown,
  sameNumbers: (a: number, b: number) => boolean,
): boolean {
  const equal = (x: unknown, y: unknown) => structurallyEqual(x, y, sameNumbers);
  if (typeof a === "number" && typeof b === "number") return sameNumbers(a, b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return (
      ka.length === kb.length &&
      ka.every(
        (k, i) => k === kb[i] && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    );
  }
  return a === b;
}

function sameNumber(a: number, b: number): boolean {
  if (Number.isInteger(a) && Math.abs(a) < 1e15 && Number.isInteger(b)) return a === b;
  if (a === b) return true;
  // Nix prints 6 significant digits (printf %g); allow for its rounding of the 6th digit.
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= scale * 1e-5;
}
