// Raw string contents for generated literals: the characters string escaping gets wrong (`$`, `{`, `}`, `${`, `\`,
// quotes, newlines, tabs, `''`), ASCII control characters, and non-ASCII text including astral characters. NUL and
// lone surrogates are excluded: Nix strings cannot hold them.
import fc from "fast-check";

const ASCII_FRAGMENTS = [
  "a",
  "B",
  "z",
  "0",
  "9",
  " ",
  "  ",
  "$",
  "{",
  "}",
  "${",
  "$$",
  "$${",
  "${x}",
  "\\",
  "\\$",
  "\\${",
  "\\n",
  '"',
  "'",
  "`",
  "\n",
  "\t",
  "\r",
  "\r\n",
  "\v",
  "\f",
  "''",
  "''$",
  "'''",
  "#",
  "%",
  "-",
  "_",
  ".",
  ",",
  ":",
  "=",
  "/*",
  "*/",
  "x",
  "hello",
  "Nix",
  "\x01",
  "\x1f",
  "\x7f",
] as const;

const UNICODE_FRAGMENTS = [
  "é",
  "ß",
  "ü",
  "中文",
  "😀",
  "𝄞",
  "\u00a0",
  "\u2028",
  "\u2029",
  "\ufeff",
  "e\u0301",
  "👍🏽",
  "Ω",
  "\u{10FFFF}",
  "\uFFFD",
  "\uE000",
  "ﬀ",
] as const;

const hasNulOrLoneSurrogate = (s: string) =>
  s.includes("\0") || /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

const asciiChar = fc.oneof(
  { arbitrary: fc.integer({ min: 0x20, max: 0x7e }), weight: 12 },
  { arbitrary: fc.integer({ min: 1, max: 0x1f }), weight: 1 },
  { arbitrary: fc.constant(0x7f), weight: 1 },
);
const randomAscii = fc.string({ unit: asciiChar.map((c) => String.fromCharCode(c)), maxLength: 4 });
const randomUnicode = fc.string({ unit: "binary", maxLength: 3 }).filter((s) => !hasNulOrLoneSurrogate(s));

/** ASCII text without NUL; `\b` and `\f` optional (JSON.stringify of them is refused by tsnix). */
export function asciiText(maxParts = 5): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ arbitrary: fc.constantFrom(...ASCII_FRAGMENTS), weight: 3 }, randomAscii), {
      maxLength: maxParts,
    })
    .map((parts) => parts.join(""));
}

/** Any text Nix can hold: ASCII fragments mixed with non-ASCII ones. */
export function unicodeText(maxParts = 5): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { arbitrary: fc.constantFrom(...ASCII_FRAGMENTS), weight: 3 },
        { arbitrary: fc.constantFrom(...UNICODE_FRAGMENTS), weight: 2 },
        randomAscii,
        randomUnicode,
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(""));
}

/** Short ASCII words for separators, search strings and padding. */
export const asciiWord: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("a", "-", ", ", "$", "${", "\\", "ab", "x", " ", "\n", "::", "'", '"', "}", "]", "[", "{"),
  fc.constantFrom("|", ".", "*", "+", "?", "^", "(", ")", ".*", "a|b", "[a]", "\\n", "$1", "\t"),
  fc.string({ unit: fc.constantFrom("a", "b", "$", "{", "-"), minLength: 1, maxLength: 3 }),
);

export const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);
export const hasAstral = (s: string): boolean => /[\uD800-\uDFFF]/.test(s);
