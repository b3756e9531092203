// Escaping for Nix double-quoted string literals and quoted attribute names.
import { isBareAttrName } from "../nix/names.js";

const ESCAPES: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  // A raw CR would be read back as LF by Nix's lexer, so it must be escaped.
  "\r": "\\r",
  "\t": "\\t",
  "${": "\\${",
};

// Only `${` starts an interpolation: a lone `$` (also `$$`) is literal and stays readable as written.
const NEEDS_ESCAPE = /[\\"\n\r\t]|\$\{/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Escapes literal text for a position inside `"…"`. When the text is followed by an interpolation, a final `$`
 * must be escaped too: `"$${e}"` is read by Nix as the literal text `$${e}`, not as `$` followed by `${e}`.
 */
export function escapeStringPart(text: string, beforeInterpolation: boolean): string {
  // Nix strings are C strings: a NUL would silently cut the string short, so refuse it loudly instead.
  if (text.includes("\0")) throw new Error("internal: a Nix string cannot contain a NUL character");
  // A lone surrogate has no UTF-8 encoding; writing the file would silently turn it into U+FFFD.
  if (LONE_SURROGATE.test(text))
    throw new Error("internal: a Nix string cannot contain a lone UTF-16 surrogate");
  const escaped = text.replace(NEEDS_ESCAPE, (match) => ESCAPES[match] ?? match);
  return beforeInterpolation && escaped.endsWith("$") ? `${escaped.slice(0, -1)}\\$` : escaped;
}

/** The content of a Nix string literal (without the quotes) that evaluates to exactly `s`. */
export function escapeNixString(s: string): string {
  return escapeStringPart(s, false);
}

/** `s` as a complete Nix string literal. */
export function quoteNixString(s: string): string {
  return `"${escapeNixString(s)}"`;
}

/** A static attribute name: bare when Nix allows it (`a-b`), quoted otherwise (`"a.b"`, `"if"`, `""`). */
export function printAttrName(name: string): string {
  return isBareAttrName(name) ? name : quoteNixString(name);
}
