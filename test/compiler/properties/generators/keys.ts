// Object keys as TypeScript writes them: bare identifiers (including Nix keywords and base-scope names), quoted
// strings that need quoting in Nix, and numeric keys; each with the property name JS gives it.
import fc from "fast-check";
import { stringLiteral } from "./code.js";

export interface Key {
  /** How the key is written in an object literal. */
  readonly source: string;
  /** The property name JS gives it. */
  readonly name: string;
}

/** Names that TS lets stand bare in an object literal; several are Nix keywords or base-scope names. */
const BARE_NAMES = [
  "a",
  "b",
  "c",
  "x",
  "key",
  "value",
  "if",
  "then",
  "else",
  "or",
  "rec",
  "inherit",
  "let",
  "in",
  "with",
  "assert",
  "true",
  "null",
  "map",
  "builtins",
  "import",
  "throw",
  "__sub",
  "$x",
  "_",
  "a1",
  "type",
  "ñ",
] as const;

/** Names that must be quoted: spaces, dots, `${`, empty, digits first, quotes, backslashes, unicode. */
const QUOTED_NAMES = [
  "a b",
  "a.b",
  "${x}",
  "$",
  "",
  "1a",
  "é",
  "\\",
  '"',
  "a\nb",
  "-a",
  "a-b",
  "'",
  "01",
  "a'b",
  "中",
] as const;

const NUMERIC_KEYS: readonly (readonly [string, string])[] = [
  ["0", "0"],
  ["1", "1"],
  ["10", "10"],
  ["1.5", "1.5"],
  ["0x10", "16"],
  ["1e3", "1000"],
];

export const bareKey: fc.Arbitrary<Key> = fc
  .constantFrom(...BARE_NAMES)
  .map((name) => ({ source: name, name }));

export const quotedKey: fc.Arbitrary<Key> = fc
  .tuple(
    fc.constantFrom(...QUOTED_NAMES, ...BARE_NAMES),
    fc.constantFrom("double", "single") as fc.Arbitrary<"double" | "single">,
  )
  .map(([name, style]) => ({ source: stringLiteral(name, style), name }));

export const numericKey: fc.Arbitrary<Key> = fc
  .constantFrom(...NUMERIC_KEYS)
  .map(([source, name]) => ({ source, name }));

export const anyKey: fc.Arbitrary<Key> = fc.oneof(
  { arbitrary: bareKey, weight: 4 },
  { arbitrary: quotedKey, weight: 3 },
  { arbitrary: numericKey, weight: 1 },
);

/** `o.name` when the name can be written so, else `o["name"]`. */
export function accessOf(receiver: string, name: string, optional = false): string {
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) return `${receiver}${optional ? "?." : "."}${name}`;
  return `${receiver}${optional ? "?." : ""}[${JSON.stringify(name)}]`;
}

/** A property name in a type literal. */
export function typeKeyOf(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}
