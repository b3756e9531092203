// JSON.parse of text known only when evaluated. builtins.fromJSON agrees with JS except on: integers beyond ±2^53
// (Nix keeps every digit, and wraps from 2^63), numbers beyond the float range (a Nix error, Infinity in JS), NUL
// and lone surrogates in strings (a Nix string cannot hold them), and keys that change what a Nix attribute set is
// (`outPath`, `__toString`, `__functor`, `type = "derivation"`). A cheap scan of the text finds whether any of
// these may occur; only then is the text checked token by token and the parsed value searched for such keys.
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import { defineHelpers } from "./helper-registry.js";
import { NIX_MEANINGFUL_ATTR_NAMES as NIX_MAGIC_KEYS } from "../../nix/magic-names.js";

const v = nix.ident;
const b = nix.callBuiltin;
const fn = (params: readonly string[], body: Expr): Expr =>
  params.reduceRight<Expr>((inner, p) => nix.lambda(p, inner), body);
const letIn = (bindings: readonly [string, Expr][], body: Expr) =>
  nix.letIn(
    bindings.map(([k, x]) => nix.bind(k, x)),
    body,
  );
const iff = nix.ifThenElse;
const eq = (x: Expr, y: Expr) => nix.binop("==", x, y);
const or = (x: Expr, y: Expr) => nix.binop("||", x, y);
const gt = (x: Expr, y: Expr) => nix.binop(">", x, y);
const int = (n: number) => nix.int(n);
const at = (list: Expr, i: number) => b("elemAt", list, int(i));
const matches = (regex: string, s: Expr) => nix.binop("!=", b("match", nix.str(regex), s), nix.NULL);

/** Anything that may need a closer look: long digit runs, 3-digit exponents, \u escapes, magic names. */
const SUSPICIOUS = `[0-9]{16}|[0-9][eE][+]?[0-9]{3}|\\\\u|${NIX_MAGIC_KEYS.join("|")}|derivation`;
/** A JSON string token; what lies between them is structure, numbers and literals. */
const STRING_TOKEN = '"([^"\\\\]|\\\\.)*"';
const NUMBER_TOKEN = "(-?[0-9]+)(\\.[0-9]+)?([eE][+-]?[0-9]+)?";
/** One escape sequence, a surrogate pair taken whole (POSIX matching prefers the longest alternative). */
const ESCAPE = "\\\\(u[dD][89abAB][0-9a-fA-F]{2}\\\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[^u])";
const MAX_SAFE = 2 ** 53;

const tooBig = nix.throwError(
  "tsnix: JSON.parse of a number beyond ±2^53 (or beyond the float range), which JavaScript reads differently",
);

/** `[int, fraction, exponent]` of a number token: true, or a throw when JS reads it differently. */
function numberTokenCheck(): Expr {
  const intPart = at(v("m"), 0);
  const digits = nix.binop(
    "-",
    b("stringLength", v("i")),
    iff(eq(b("substring", int(0), int(1), v("i")), nix.str("-")), int(1), int(0)),
  );
  const plainInt = iff(
    or(
      nix.binop(">=", v("digits"), int(19)),
      nix.binop(
        "&&",
        nix.binop(">=", v("digits"), int(16)),
        or(gt(b("fromJSON", v("i")), int(MAX_SAFE)), nix.binop("<", b("fromJSON", v("i")), int(-MAX_SAFE))),
      ),
    ),
    tooBig,
    nix.TRUE,
  );
  // A positive exponent may overflow: the integer digits plus the exponent bound the magnitude from above.
  const exponent = letIn(
    [["e", b("match", nix.str("[eE]([+-]?)0*([0-9]+)"), at(v("m"), 2))]],
    iff(
      or(
        eq(at(v("e"), 0), nix.str("-")),
        nix.binop(
          "&&",
          nix.binop("<=", b("stringLength", at(v("e"), 1)), int(4)),
          nix.binop("<=", nix.binop("+", v("digits"), b("fromJSON", at(v("e"), 1))), int(308)),
        ),
      ),
      nix.TRUE,
      tooBig,
    ),
  );
  return fn(
    ["m"],
    letIn(
      [
        ["i", intPart],
        ["digits", digits],
      ],
      iff(eq(at(v("m"), 2), nix.NULL), iff(eq(at(v("m"), 1), nix.NULL), plainInt, nix.TRUE), exponent),
    ),
  );
}

defineHelpers(
  {
    // True when JS and Nix read every number and escape of the text alike; throws otherwise.
    name: "jsJsonTextExact",
    uses: [],
    definition: () =>
      fn(
        ["text"],
        letIn(
          [
            [
              "structure",
              b(
                "concatStringsSep",
                nix.str(" "),
                b("filter", nix.builtin("isString"), b("split", nix.str(STRING_TOKEN), v("text"))),
              ),
            ],
            [
              "numbers",
              b("filter", nix.builtin("isList"), b("split", nix.str(NUMBER_TOKEN), v("structure"))),
            ],
            ["escapes", b("filter", nix.builtin("isList"), b("split", nix.str(ESCAPE), v("text")))],
          ],
          iff(
            b(
              "any",
              fn(["m"], matches("u0000|u[dD][89a-fA-F][0-9a-fA-F]{2}", b("head", v("m")))),
              v("escapes"),
            ),
            nix.throwError(
              "tsnix: JSON.parse of a string holding NUL or a lone surrogate, which a Nix string cannot hold",
            ),
            b("all", numberTokenCheck(), v("numbers")),
          ),
        ),
      ),
  },
  {
    // True when no object in the parsed value has a key that changes what a Nix attribute set is; throws otherwise.
    name: "jsJsonMagicFree",
    uses: [],
    definition: () =>
      fn(
        ["x"],
        iff(
          b("isAttrs", v("x")),
          iff(
            NIX_MAGIC_KEYS.map((k) => nix.hasAttr(v("x"), k) as Expr)
              .concat([eq(nix.select(v("x"), "type", nix.NULL), nix.str("derivation"))])
              .reduce(or),
            nix.throwError(
              'tsnix: JSON.parse of an object with a key that has a special meaning to Nix (outPath, __toString, __functor, type = "derivation")',
            ),
            b("all", v("jsJsonMagicFree"), b("attrValues", v("x"))),
          ),
          iff(b("isList", v("x")), b("all", v("jsJsonMagicFree"), v("x")), nix.TRUE),
        ),
      ),
  },
  {
    name: "jsJsonParse",
    uses: ["jsJsonTextExact", "jsJsonMagicFree"],
    definition: () =>
      fn(
        ["text"],
        iff(
          eq(b("length", b("split", nix.str(SUSPICIOUS), v("text"))), int(1)),
          b("fromJSON", v("text")),
          nix.assertThen(
            nix.apply(v("jsJsonTextExact"), v("text")),
            letIn(
              [["value", b("fromJSON", v("text"))]],
              nix.assertThen(nix.apply(v("jsJsonMagicFree"), v("value")), v("value")),
            ),
          ),
        ),
      ),
  },
);
