// What Nix accepts as a name: identifier syntax, keywords, and the names of Nix's base scope that generated code
// relies on and therefore must never be rebound by a user's binding.

/** `[a-zA-Z_][a-zA-Z0-9_'-]*` */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_'-]*$/;

/** Words that cannot be used as bare identifiers or bare attribute names. `or` is quoted too: it is contextual. */
export const NIX_KEYWORDS: ReadonlySet<string> = new Set([
  "if",
  "then",
  "else",
  "assert",
  "with",
  "let",
  "in",
  "rec",
  "inherit",
  "or",
]);

/**
 * Names in Nix's base scope (Nix 2.8) that compiled code may refer to unqualified. Binding any of them would change
 * what generated code means, so user bindings with these names are renamed.
 */
export const NIX_BASE_SCOPE: ReadonlySet<string> = new Set([
  "true",
  "false",
  "null",
  "builtins",
  "abort",
  "baseNameOf",
  "derivation",
  "derivationStrict",
  "dirOf",
  "fetchGit",
  "fetchMercurial",
  "fetchTarball",
  "fetchTree",
  "fromTOML",
  "import",
  "isNull",
  "map",
  "placeholder",
  "removeAttrs",
  "scopedImport",
  "throw",
  "toString",
]);

/** True when `name` can be written as a bare identifier (binding or reference). */
export function isNixIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !NIX_KEYWORDS.has(name);
}

/**
 * True when `name` may be bound by generated code without changing the meaning of anything else: a valid identifier,
 * not a base-scope name, and not one of the `__`-prefixed names that Nix's operators desugar to (`__sub`, …).
 */
export function isBindableName(name: string): boolean {
  return isNixIdentifier(name) && !NIX_BASE_SCOPE.has(name) && !name.startsWith("__");
}

/** True when an attribute name can be written bare (`a-b = 1;`), false when it must be quoted (`"a.b" = 1;`). */
export function isBareAttrName(name: string): boolean {
  return isNixIdentifier(name);
}
