// Runtime helpers for strings: JS semantics for slicing, searching, case, trimming and padding. Positions and
// lengths are in bytes, which equals JS's UTF-16 units for ASCII text (see the README).
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import { defineHelpers } from "./helper-registry.js";

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

const LOWER = "abcdefghijklmnopqrstuvwxyz".split("");
const UPPER = LOWER.map((c) => c.toUpperCase());
const strList = (xs: readonly string[]) => nix.list(xs.map((x) => nix.str(x)));
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
const ASCII_ONLY = nix.str("[\t\n\r -~]*");

/** Clamp a JS relative index (negative counts from the end) into [0, n]: the rule of slice/at. */
const relative = (index: Expr, n: Expr) =>
  iff(lt(index, int(0)), iff(lt(add(n, index), int(0)), int(0), add(n, index)), iff(lt(n, index), n, index));

defineHelpers(
  {
    name: "jsClampIndex",
    uses: [],
    definition: () => fn(["index", "n"], relative(v("index"), v("n"))),
  },
  {
    // s.slice(start, end) with end possibly null (undefined).
    name: "jsStringSlice",
    uses: ["jsClampIndex"],
    definition: () =>
      fn(
        ["start", "end", "s"],
        letIn(
          [
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
    uses: [],
    definition: () =>
      fn(
        ["start", "end", "s"],
        letIn(
          [
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
  {
    // s.indexOf(sub): the first byte position where sub occurs, or -1.
    name: "jsStringIndexOf",
    uses: [],
    definition: () =>
      fn(
        ["needle", "s"],
        letIn(
          [
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
          iff(lt(v("n"), v("k")), int(-1), iff(eq(v("hits"), nix.list([])), int(-1), b("head", v("hits")))),
        ),
      ),
  },
  {
    // Regex-escape a literal string for builtins.split/match (POSIX ERE specials).
    name: "jsEscapeRegex",
    uses: [],
    definition: () =>
      fn(
        ["s"],
        b(
          "replaceStrings",
          strList(["\\", "[", "]", "{", "}", "(", ")", ".", "*", "+", "?", "^", "$", "|"]),
          strList([
            "\\\\",
            "\\[",
            "\\]",
            "\\{",
            "\\}",
            "\\(",
            "\\)",
            "\\.",
            "\\*",
            "\\+",
            "\\?",
            "\\^",
            "\\$",
            "\\|",
          ]),
          v("s"),
        ),
      ),
  },
  {
    // s.split(sep) for a non-empty separator.
    name: "jsSplit",
    uses: ["jsEscapeRegex"],
    definition: () =>
      fn(
        ["sep", "s"],
        iff(
          eq(v("sep"), nix.str("")),
          nix.throwError("tsnix: split with an empty separator is not supported"),
          b("filter", nix.builtin("isString"), b("split", nix.apply(v("jsEscapeRegex"), v("sep")), v("s"))),
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
    uses: [],
    definition: () => trimHelper("[[:space:]]*(.*[^[:space:]])?[[:space:]]*", true, true),
  },
  {
    name: "jsTrimStart",
    uses: [],
    definition: () => trimHelper("[[:space:]]*(.*)", true, false),
  },
  {
    name: "jsTrimEnd",
    uses: [],
    definition: () => trimHelper("(.*[^[:space:]])?[[:space:]]*", false, true),
  },
  {
    // s.padStart(n, fill) / padEnd: fill repeated and cut to the missing length.
    name: "jsPad",
    uses: [],
    definition: () =>
      fn(
        ["atStart", "n", "fill", "s"],
        letIn(
          [
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
                  b("genList", fn(["_"], v("fill")), add(b("div", v("missing"), len(v("fill"))), int(1))),
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

function caseHelper(from: readonly string[], to: readonly string[]): Expr {
  // JS changes the case of non-ASCII letters too; Nix's replaceStrings cannot, so refuse such text at evaluation.
  return fn(
    ["s"],
    iff(
      eq(b("match", ASCII_ONLY, v("s")), nix.NULL),
      nix.throwError("tsnix: case conversion is only supported on ASCII text"),
      b("replaceStrings", strList(from), strList(to), v("s")),
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
        b("any", fn(["w"], hasAffix(v("w"), v("r"))), strList(UNICODE_SPACES)),
        nix.throwError("tsnix: trimming non-ASCII whitespace is not supported"),
        v("r"),
      ),
    ),
  );
}
