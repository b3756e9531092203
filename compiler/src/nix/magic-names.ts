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

export function isMagicAttrName(name: string): boolean {
  return MAGIC_ATTR_NAMES.has(name);
}

/** `type = "derivation"` makes Nix tools treat an attribute set as a package. */
export const DERIVATION_TYPE = { name: "type", value: "derivation" } as const;
