// Building blocks for generated TypeScript text: terms that carry their top-level declarations, literals, and
// assembling a whole module around a default export.
import fc from "fast-check";

/** An expression and the top-level declarations it refers to (deduplicated when the module is assembled). */
export interface Code {
  readonly code: string;
  readonly decls: readonly string[];
  /** TypeScript gives the expression a literal type (`3`, `"a"`, `true`): `===` between two of them may not check. */
  readonly literal?: boolean;
}

export const declsOf = (...parts: readonly Code[]): string[] => parts.flatMap((p) => p.decls);

/** A module: declarations (each once, in first-use order) and `export default <value>;`. */
export function moduleOf(value: Code, extraDecls: readonly string[] = []): string {
  const decls = [...new Set([...extraDecls, ...value.decls])];
  return `${decls.join("\n")}${decls.length > 0 ? "\n" : ""}export default ${value.code};\n`;
}

/** A deterministic name for a declaration of `code`: equal code gets an equal name, so duplicates merge. */
export function nameFor(prefix: string, code: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) {
    hash ^= code.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}${hash.toString(36)}`;
}

/** Bind `value` to a top-level const (optionally annotated) and refer to it by name. */
export function hoist(prefix: string, value: Code, annotation?: string): Code {
  const name = nameFor(prefix, value.code + (annotation ?? ""));
  const typed = annotation ? `: ${annotation}` : "";
  return {
    code: name,
    decls: [...value.decls, `const ${name}${typed} = ${value.code};`],
    literal: value.literal === true && annotation === undefined,
  };
}

/** A number as TS source: negative numbers parenthesised so they can be operands anywhere. */
export function numberLiteral(n: number): string {
  if (Object.is(n, -0)) return "(-0)";
  return n < 0 ? `(${n})` : String(n);
}

/** `s` as a TypeScript string literal in one of the quoting styles (all mean the same string). */
export function stringLiteral(s: string, style: "double" | "single" | "template" = "double"): string {
  if (style === "double") return JSON.stringify(s);
  if (style === "single") return `'${escapeChars(s, "'")}'`;
  return `\`${escapeChars(s, "`").replace(/\$\{/g, "\\${")}\``;
}

function escapeChars(s: string, quote: string): string {
  let out = "";
  for (const ch of s) {
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\u2028" || ch === "\u2029") out += `\\u${ch.charCodeAt(0).toString(16)}`;
    else out += ch;
  }
  return out;
}

/** Text to put between the backticks of a template literal, meaning exactly `s`. */
export function templateText(s: string): string {
  return stringLiteral(s, "template").slice(1, -1);
}

export const quoteStyle: fc.Arbitrary<"double" | "single" | "template"> = fc.constantFrom(
  "double",
  "single",
  "template",
);

/** A literal in a random quoting style. */
export function literalOf(s: string): fc.Arbitrary<string> {
  return quoteStyle.map((style) => stringLiteral(s, style));
}

export const leaf = (code: string): Code => ({ code, decls: [] });
