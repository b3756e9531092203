// The values of generated Nix expressions, computed in TypeScript: the reference the printed text must match.

export type Value = bigint | boolean | string | readonly Value[] | { readonly [key: string]: Value };

export const asObject = (v: Value) => v as { readonly [key: string]: Value };

/** Nix's `==`: deep structural equality. */
export function valueEquals(a: Value, b: Value): boolean {
  if (typeof a !== "object" || typeof b !== "object") return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    const [x, y] = [a as readonly Value[], b as readonly Value[]];
    return (
      Array.isArray(x) &&
      Array.isArray(y) &&
      x.length === y.length &&
      x.every((v, i) => valueEquals(v, y[i]!))
    );
  }
  const [x, y] = [asObject(a), asObject(b)];
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => k in y && valueEquals(x[k]!, y[k]!));
}

/** The value as Nix's `--json` prints it. */
export function toJson(v: Value): unknown {
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(toJson);
  if (typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return v;
}
