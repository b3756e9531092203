// Runtime helpers for strings: JS semantics for slicing, searching, case, trimming and padding. Positions and
// lengths are in bytes, which equals JS's UTF-16 units for ASCII text (see the README).
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import { defineHelpers, type RuntimeHelper } from "./helper-registry.js";

const v = nix.ident;
const b = nix.callBuiltin;
const fn = (params: readonly string[], body: Expr): Expr =>
  params.reduceRight<Expr>((inner, p) => nix.lambda(p, inner), body);
const len = (s: Expr) => b("stringLength", s);
const eq = (x: Expr, y: Expr) => nix.binop("==", x, y);
const lt = (x: Expr, y: Expr) => nix.binop("<", x, y);
const add = (x: Expr, y: Expr) => nix.binop("+", x, y);
const sub = (x: Expr, y: Expr) => nix.binop("-", x, y);
const int = (n: number) => nix.int(n);
const iff = nix.ifThenElse;
const letIn = (bindings: readonly [string, Expr][], body: Expr) =>
  nix.letIn(
    bindings.map(([k, x]) => nix.bind(k, x)),
    body,
  );

/** The 26 ASCII letters of `alphabet` as a list of one-letter strings, written compactly. */
const letters = (alphabet: string) =>
  b("genList", fn(["i"], b("substring", v("i"), int(1), nix.str(alphabet))), int(26));
const LOWER = letters("abcdefghijklmnopqrstuvwxyz");
const UPPER = letters("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
// The POSIX ERE specials. `]` and `}` are literal outside a bracket or an interval, and Nix's regex engine rejects
// them escaped (`\]` is an "invalid regular expression"), so they stay as they are.
const REGEX_SPECIALS = "\\[{().*+?^$|";
/** JS whitespace beyond ASCII that String.prototype.trim removes but a byte regex cannot see. */
const UNICODE_SPACES = [
  "\u00a0",
  "\u1680",
  ..."\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a",
  "\u2028",
  "\u2029",
  "\u202f",
  "\u205f",
  "\u3000",
  "\ufeff",
];
// Every ASCII character (NUL cannot occur in a Nix string): control characters and printable ones. A byte of a
// multi-byte UTF-8 sequence is in neither class, in the C locale as in UTF-8 ones (checked with Nix 2.8).
const ASCII_ONLY = nix.str("[[:cntrl:][:print:]]*");
/** The list written with JSON's \u escapes (Nix strings have none), so the output shows what the characters are. */
const UNICODE_SPACES_JSON = `[${UNICODE_SPACES.map((c) => `"\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}"`).join(", ")}]`;

/** Clamp a JS relative index (negative counts from the end) into [0, n]: the rule of slice/at. */
const relative = (index: Expr, n: Expr) =>
  iff(lt(index, int(0)), iff(lt(add(n, index), int(0)), int(0), add(n, index)), iff(lt(n, index), n, index));

/**
 * s.indexOf(needle) / s.lastIndexOf(needle) on ASCII text: every position where the needle occurs, then `pick` one
 * of them (the list is never empty there); -1 without any.
 */
function stringSearch(name: string, pick: (hits: Expr) => Expr): RuntimeHelper {
  return {
    name,
    uses: ["jsAscii"],
    definition: () =>
      fn(
        ["needle", "text"],
        letIn(
          [
            ["s", nix.apply(v("jsAscii"), v("text"))],
            ["n", len(v("s"))],
            ["k", len(v("needle"))],
            [
              "hits",
              b(
                "filter",
                fn(["i"], eq(b("substring", v("i"), v("k"), v("s")), v("needle"))),
                b("genList", fn(["i"], v("i")), add(sub(v("n"), v("k")), int(1))),
              ),
            ],
          ],
          iff(lt(v("n"), v("k")), int(-1), iff(eq(v("hits"), nix.list([])), int(-1), pick(v("hits")))),
        ),
      ),
  };
}

defineHelpers(
  {
    // Positions and lengths count bytes in Nix and UTF-16 units in JS: equal for ASCII text only, so any other
    // text is refused when evaluated rather than measured differently.
    name: "jsAscii",
    uses: [],
    definition: () =>
      fn(
        ["s"],
        iff(
          eq(b("match", ASCII_ONLY, v("s")), nix.NULL),
          nix.throwError("tsnix: string lengths and positions are only supported on ASCII text"),
          v("s"),
        ),
      ),
  },
  {
    // s.length in UTF-16 units: the byte count for ASCII text; otherwise each UTF-8 lead byte starts one unit, or
    // two for a character beyond the BMP (lead byte F0 and above), and continuation bytes (80–BF) add none. Nix
    // compares strings by unsigned bytes, so single bytes cut from JSON-decoded samples serve as the bounds:
    // U+0080 is C2 80, U+10000 is F0 90 80 80 (C0 and C1 never occur in UTF-8).
    name: "jsStringLength",
    uses: [],
    definition: () =>
      fn(
        ["s"],
        iff(
          eq(b("match", ASCII_ONLY, v("s")), nix.NULL),
          letIn(
            [
              ["twoBytes", b("fromJSON", nix.str('"\\u0080"'))],
              ["continuation", b("substring", int(1), int(1), v("twoBytes"))],
              ["lead", b("substring", int(0), int(1), v("twoBytes"))],
              ["astral", b("substring", int(0), int(1), b("fromJSON", nix.str('"\\ud800\\udc00"')))],
              [
                "units",
                fn(
                  ["c"],
                  iff(
                    lt(v("c"), v("continuation")),
                    int(1),
                    iff(lt(v("c"), v("lead")), int(0), iff(lt(v("c"), v("astral")), int(1), int(2))),
                  ),
                ),
              ],
            ],
            b(
              "foldl'",
              fn(["n", "i"], add(v("n"), nix.apply(v("units"), b("substring", v("i"), int(1), v("s"))))),
              int(0),
              b("genList", fn(["i"], v("i")), len(v("s"))),
            ),
          ),
          len(v("s")),
        ),
      ),
  },
  {
    // s[i]: the character at i, or undefined (null) out of range.
    name: "jsStringAt",
    uses: ["jsAscii"],
    definition: () =>
      fn(
        ["i", "text"],
        letIn(
          [["s", nix.apply(v("jsAscii"), v("text"))]],
          iff(
            nix.binop("&&", nix.binop(">=", v("i"), int(0)), lt(v("i"), len(v("s")))),
            b("substring", v("i"), int(1), v("s")),
            nix.NULL,
          ),
        ),
      ),
  },
  {
    // s.at(i): like s[i], with a negative i counting from the end.
    name: "jsStringAtRelative",
    uses: ["jsAscii"],
    definition: () =>
      fn(
        ["i", "text"],
        letIn(
          [
            ["s", nix.apply(v("jsAscii"), v("text"))],
            ["j", iff(lt(v("i"), int(0)), add(len(v("s")), v("i")), v("i"))],
          ],
          iff(
            nix.binop("&&", nix.binop(">=", v("j"), int(0)), lt(v("j"), len(v("s")))),
            b("substring", v("j"), int(1), v("s")),
            nix.NULL,
          ),
        ),
      ),
  },
  {
    // s.includes(sub): byte-wise search is exact for any UTF-8 text (unlike positions).
    name: "jsStringIncludes",
    uses: ["jsEscapeRegex"],
    definition: () =>
      fn(
        ["sub", "s"],
        nix.binop(
          "||",
          eq(v("sub"), nix.str("")),
          nix.binop(">", b("length", b("split", nix.apply(v("jsEscapeRegex"), v("sub")), v("s"))), int(1)),
        ),
      ),
  },
  {
    name: "jsEndsWith",
    uses: [],
    definition: () =>
      fn(
        ["suffix", "s"],
        letIn(
          [
            ["n", len(v("s"))],
            ["k", len(v("suffix"))],
          ],
          nix.binop(
            "&&",
            nix.binop(">=", v("n"), v("k")),
            eq(b("substring", sub(v("n"), v("k")), v("k"), v("s")), v("suffix")),
          ),
        ),
      ),
  },
  {
    // s.charAt(i): like s[i], but "" out of range.
    name: "jsCharAt",
    uses: ["jsStringAt"],
    definition: () =>
      fn(
        ["i", "s"],
        letIn(
          [["c", nix.apply(v("jsStringAt"), v("i"), v("s"))]],
          iff(eq(v("c"), nix.NULL), nix.str(""), v("c")),
        ),
      ),
  },
  {
    // JS whitespace beyond ASCII that String.prototype.trim removes but a byte regex cannot see.
    name: "jsUnicodeSpaces",
    uses: [],
    definition: () => b("fromJSON", nix.str(UNICODE_SPACES_JSON)),
  },
  {
    name: "jsClampIndex",
    uses: [],
    definition: () => fn(["index", "n"], relative(v("index"), v("n"))),
  },
  {
    // s.slice(start, end) with end possibly null (undefined).
    name: "jsStringSlice",
    uses: ["jsClampIndex", "jsAscii"],
    definition: () =>
      fn(
        ["start", "end", "text"],
        letIn(
          [
            ["s", nix.apply(v("jsAscii"), v("text"))],
            ["n", len(v("s"))],
            ["from", nix.apply(v("jsClampIndex"), v("start"), v("n"))],
            ["to", iff(eq(v("end"), nix.NULL), v("n"), nix.apply(v("jsClampIndex"), v("end"), v("n")))],
          ],
          iff(
            lt(v("from"), v("to")),
            b("substring", v("from"), sub(v("to"), v("from")), v("s")),
            nix.str(""),
          ),
        ),
      ),
  },
  {
    // s.substring(start, end): negative → 0, beyond → length, swapped when start > end.
    name: "jsSubstring",
    uses: ["jsAscii"],
    definition: () =>
      fn(
        ["start", "end", "text"],
        letIn(
          [
            ["s", nix.apply(v("jsAscii"), v("text"))],
            ["n", len(v("s"))],
            ["clamp", fn(["i"], iff(lt(v("i"), int(0)), int(0), iff(lt(v("n"), v("i")), v("n"), v("i"))))],
            ["a", nix.apply(v("clamp"), v("start"))],
            ["z", iff(eq(v("end"), nix.NULL), v("n"), nix.apply(v("clamp"), v("end")))],
            ["lo", iff(lt(v("a"), v("z")), v("a"), v("z"))],
            ["hi", iff(lt(v("a"), v("z")), v("z"), v("a"))],
          ],
          b("substring", v("lo"), sub(v("hi"), v("lo")), v("s")),
        ),
      ),
  },
  stringSearch("jsStringIndexOf", (hits) => b("head", hits)),
  // s.lastIndexOf(needle): the last of the same hits.
  stringSearch("jsStringLastIndexOf", (hits) => b("elemAt", hits, sub(b("length", hits), int(1)))),
  {
    // Regex-escape a literal string for builtins.split/match (the POSIX ERE specials).
    name: "jsEscapeRegex",
    uses: [],
    definition: () =>
      fn(
        ["s"],
        letIn(
          [
            [
              "specials",
              b(
                "genList",
                fn(["i"], b("substring", v("i"), int(1), nix.str(REGEX_SPECIALS))),
                int(REGEX_SPECIALS.length),
              ),
            ],
          ],
          b(
            "replaceStrings",
            v("specials"),
            nix.apply(v("map"), fn(["c"], add(nix.str("\\"), v("c"))), v("specials")),
            v("s"),
          ),
        ),
      ),
  },

  {
    // s.split(sep) for a separator known only when evaluated (an empty one cuts ASCII text into characters).
    name: "jsSplit",
    uses: ["jsEscapeRegex", "jsSplitChars"],
    definition: () =>
      fn(
        ["sep", "s"],
        iff(
          eq(v("sep"), nix.str("")),
          nix.apply(v("jsSplitChars"), v("s")),
          b("filter", nix.builtin("isString"), b("split", nix.apply(v("jsEscapeRegex"), v("sep")), v("s"))),
        ),
      ),
  },
  {
    // s.split(""): one string per UTF-16 unit in JS, per byte here: the same for ASCII text only.
    name: "jsSplitChars",
    uses: ["jsAscii"],
    definition: () =>
      fn(
        ["text"],
        letIn(
          [["s", nix.apply(v("jsAscii"), v("text"))]],
          b("genList", fn(["i"], b("substring", v("i"), int(1), v("s"))), len(v("s"))),
        ),
      ),
  },
  {
    // s.replace(search, replacement) with a string search: the first occurrence only. The text before it and after
    // it are found by splitting at every occurrence (the search is literal, so each match is the search itself and
    // joining the rest with it gives the text back); positions are never counted, so this is exact on any text.
    // The replacement's `$$`, `$&`, `` $` `` and `$'` are expanded as JS does; with a string search there are no
    // groups, so `$1` and `$<` stay as written (GetSubstitution).
    name: "jsReplaceFirst",
    uses: ["jsEscapeRegex"],
    definition: () =>
      fn(
        ["search", "replacement", "s"],
        letIn(
          [
            [
              "parts",
              iff(
                eq(v("search"), nix.str("")),
                nix.list([nix.str(""), nix.list([]), v("s")]),
                b("split", nix.apply(v("jsEscapeRegex"), v("search")), v("s")),
              ),
            ],
            ["before", b("head", v("parts"))],
            [
              "after",
              b(
                "concatStringsSep",
                v("search"),
                b("filter", nix.builtin("isString"), b("tail", b("tail", v("parts")))),
              ),
            ],
            [
              "expanded",
              b(
                "concatStringsSep",
                nix.str(""),
                nix.apply(
                  v("map"),
                  fn(
                    ["p"],
                    iff(
                      b("isString", v("p")),
                      v("p"),
                      letIn(
                        [["c", b("head", v("p"))]],
                        iff(
                          eq(v("c"), nix.str("$")),
                          nix.str("$"),
                          iff(
                            eq(v("c"), nix.str("&")),
                            v("search"),
                            iff(eq(v("c"), nix.str("`")), v("before"), v("after")),
                          ),
                        ),
                      ),
                    ),
                  ),
                  b("split", nix.str("\\$([$&`'])"), v("replacement")),
                ),
              ),
            ],
          ],
          iff(eq(b("length", v("parts")), int(1)), v("s"), add(add(v("before"), v("expanded")), v("after"))),
        ),
      ),
  },
  {
    name: "jsToUpperCase",
    uses: [],
    definition: () => caseHelper(LOWER, UPPER),
  },
  {
    name: "jsToLowerCase",
    uses: [],
    definition: () => caseHelper(UPPER, LOWER),
  },
  {
    // s.trim(); refuses (throws) when a non-ASCII JS whitespace character would remain at either end.
    name: "jsTrim",
    uses: ["jsUnicodeSpaces"],
    definition: () => trimHelper("[[:space:]]*(.*[^[:space:]])?[[:space:]]*", true, true),
  },
  {
    name: "jsTrimStart",
    uses: ["jsUnicodeSpaces"],
    definition: () => trimHelper("[[:space:]]*(.*)", true, false),
  },
  {
    name: "jsTrimEnd",
    uses: ["jsUnicodeSpaces"],
    definition: () => trimHelper("(.*[^[:space:]])?[[:space:]]*", false, true),
  },
  {
    // s.replaceAll(search, r) for a search known only when evaluated: an empty one inserts r between characters,
    // which bytes reproduce for ASCII text only.
    name: "jsReplaceAll",
    uses: ["jsAscii"],
    definition: () =>
      fn(
        ["search", "replacement", "s"],
        b(
          "replaceStrings",
          nix.list([v("search")]),
          nix.list([v("replacement")]),
          iff(eq(v("search"), nix.str("")), nix.apply(v("jsAscii"), v("s")), v("s")),
        ),
      ),
  },
  {
    // s.padStart(n, fill) / padEnd: fill repeated and cut to the missing length (counted in bytes, so the fill
    // must be ASCII like the text).
    name: "jsPad",
    uses: ["jsAscii"],
    definition: () =>
      fn(
        ["atStart", "n", "fill", "text"],
        letIn(
          [
            ["s", nix.apply(v("jsAscii"), v("text"))],
            ["f", nix.apply(v("jsAscii"), v("fill"))],
            ["missing", sub(v("n"), len(v("s")))],
            [
              "padding",
              b(
                "substring",
                int(0),
                v("missing"),
                b(
                  "concatStringsSep",
                  nix.str(""),
                  b("genList", fn(["_"], v("f")), add(b("div", v("missing"), len(v("f"))), int(1))),
                ),
              ),
            ],
          ],
          iff(
            nix.binop("||", nix.binop("<=", v("missing"), int(0)), eq(v("fill"), nix.str(""))),
            v("s"),
            iff(v("atStart"), add(v("padding"), v("s")), add(v("s"), v("padding"))),
          ),
        ),
      ),
  },
);

function caseHelper(from: Expr, to: Expr): Expr {
  // JS changes the case of non-ASCII letters too; Nix's replaceStrings cannot, so refuse such text at evaluation.
  return fn(
    ["s"],
    iff(
      eq(b("match", ASCII_ONLY, v("s")), nix.NULL),
      nix.throwError("tsnix: case conversion is only supported on ASCII text"),
      b("replaceStrings", from, to, v("s")),
    ),
  );
}

function trimHelper(regex: string, atStart: boolean, atEnd: boolean): Expr {
  const prefix = (w: Expr, r: Expr) => eq(b("substring", int(0), len(w), r), w);
  const suffix = (w: Expr, r: Expr) =>
    nix.binop("&&", nix.binop(">=", len(r), len(w)), eq(b("substring", sub(len(r), len(w)), len(w), r), w));
  const hasAffix = (w: Expr, r: Expr) =>
    atStart && atEnd ? nix.binop("||", prefix(w, r), suffix(w, r)) : atStart ? prefix(w, r) : suffix(w, r);
  return fn(
    ["s"],
    letIn(
      [
        ["m", b("head", b("match", nix.str(regex), v("s")))],
        ["r", iff(eq(v("m"), nix.NULL), nix.str(""), v("m"))],
      ],
      iff(
        b("any", fn(["w"], hasAffix(v("w"), v("r"))), v("jsUnicodeSpaces")),
        nix.throwError("tsnix: trimming non-ASCII whitespace is not supported"),
        v("r"),
      ),
    ),
  );
}

/** JSON text (Nix strings have no \u escapes) whose value is U+10000, U+40000, U+80000, U+C0000 and U+100000. */
const ASTRAL_SAMPLES_JSON = '"\\ud800\\udc00\\ud8c0\\udc00\\ud9c0\\udc00\\udac0\\udc00\\udbc0\\udc00"';

defineHelpers({
  // A sort key for JS string order. JS compares UTF-16 code units, Nix compares UTF-8 bytes: the two agree except
  // that a character beyond the BMP (a surrogate pair, D800–DFFF) sorts before U+E000–U+FFFF in JS and after them
  // in bytes. Putting ED A0 in front of each 4-byte lead byte (F0–F4) sorts those characters between U+D7FF
  // (ED 9F BF) and U+E000 (EE 80 80), where JS puts them, and keeps their order among themselves.
  name: "jsUtf16Key",
  uses: [],
  definition: () =>
    letIn(
      [
        ["astral", b("fromJSON", nix.str(ASTRAL_SAMPLES_JSON))],
        [
          "leads",
          b(
            "genList",
            fn(["i"], b("substring", nix.binop("*", v("i"), int(4)), int(1), v("astral"))),
            int(5),
          ),
        ],
        [
          "marker",
          add(
            b("substring", int(0), int(1), b("fromJSON", nix.str('"\\ud7ff"'))),
            b("substring", int(1), int(1), b("fromJSON", nix.str('"\\u00a0"'))),
          ),
        ],
      ],
      b(
        "replaceStrings",
        v("leads"),
        nix.apply(v("map"), fn(["lead"], add(v("marker"), v("lead"))), v("leads")),
      ),
    ),
});
