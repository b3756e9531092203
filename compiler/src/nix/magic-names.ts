// Attribute names that change what a Nix attribute set is: a set with `outPath` or `__toString` converts to a
// string, one with `__functor` can be called; `__proto__` and `__ignoreNulls` mean something to JS or to
// derivations. Object keys and exported names must never produce them.
export const MAGIC_ATTR_NAMES: ReadonlySet<string> = new Set([
  "__toString",
  "__functor",
  "outPath",
  "__proto__",
  "__ignoreNulls",
]);

/**
 * The names Nix itself gives a meaning in any attribute set, whatever built it: checked when evaluated on keys
 * known only then (`{ [k]: v }`, Object.fromEntries, JSON.parse). `__proto__` is magic only in JS literal syntax.
 */
export const NIX_MEANINGFUL_ATTR_NAMES: readonly string[] = ["__functor", "__toString", "outPath"];

export function isMagicAttrName(name: string): boolean {
  return MAGIC_ATTR_NAMES.has(name);
}

/** `type = "derivation"` makes Nix tools treat an attribute set as a package. */
export const DERIVATION_TYPE = { name: "type", value: "derivation" } as const;

/**
 * The members every JS object inherits from Object.prototype, sorted: `record[k]` finds them where the record has no
 * own member `k` (Nix finds nothing), so a lookup that may miss with one of these keys is refused or checked.
 */
export const OBJECT_PROTOTYPE_NAMES: readonly string[] = [
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
];
