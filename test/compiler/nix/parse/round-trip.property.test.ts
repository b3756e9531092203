// Property: printing a random AST and parsing the text gives the AST back, up to what the printer rewrites on
// purpose (merged selections, string keys, subnormal floats, raw Nix), and printing that parse gives the same text.
// FC_NUM_RUNS sets the number of cases (default 1,000), FC_SEED replays a run.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AttrKey, Expr } from "../../../../compiler/src/nix/ast.js";
import * as N from "../../../../compiler/src/nix/ast.js";
import { parseNix } from "../../../../compiler/src/nix/parse/parser.js";
import { mapChildren } from "../../../../compiler/src/nix/traverse.js";
import { subnormalFactors } from "../../../../compiler/src/printer/numbers.js";
import { printNix } from "../../../../compiler/src/printer/print-nix.js";
import { casesPerFamily, propertySeed } from "../../properties/harness/settings.js";
import { syntaxFile } from "../../printer/syntax-ast-arbitrary.js";

function key(k: AttrKey): AttrKey {
  if (k.kind === "static") return k;
  const expr = normalize(k.expr);
  const literal = expr.kind === "string" && expr.parts.every((p) => typeof p === "string");
  return literal ? N.staticKey(expr.parts.join("")) : N.dynamicKey(expr);
}

/** The AST as the printed text says it: the rewrites the printer makes on purpose, applied. */
function normalize(expr: Expr): Expr {
  switch (expr.kind) {
    case "raw":
      return normalize(expr.parsed ?? parseNix(expr.text).expr);
    case "float": {
      const factors = subnormalFactors(expr.value);
      return factors === undefined
        ? expr
        : N.binop("*", N.float(Number(factors[0])), N.float(Number(factors[1])));
    }
    case "select": {
      // `(a.b).c` is printed `a.b.c`, one selection.
      const inner = normalize(expr.expr);
      const path = expr.path.map(key);
      const fallback = expr.default && normalize(expr.default);
      // (Raw text as written is parenthesised as a whole: `(lib.mkIf).x`.)
      if (expr.expr.kind === "select" && inner.kind === "select" && inner.default === undefined)
        return N.select(inner.expr, [...inner.path, ...path], fallback);
      return N.select(inner, path, fallback);
    }
    case "hasAttr":
      return N.hasAttr(normalize(expr.expr), expr.path.map(key));
    case "attrset":
    case "let": {
      const bindings = expr.bindings.map((b) =>
        b.kind === "binding"
          ? N.bind(b.path.map(key), normalize(b.value))
          : N.inherit(b.names, b.from && normalize(b.from)),
      );
      return expr.kind === "attrset"
        ? N.attrs(bindings, expr.recursive)
        : N.letIn(bindings, normalize(expr.body));
    }
    case "string":
      return N.str(...expr.parts.map((p) => (typeof p === "string" ? p : normalize(p))));
    default:
      return mapChildren(expr, normalize);
  }
}

const total = casesPerFamily(1_000);
const seed = propertySeed();

describe("printed ASTs parse back", () => {
  it(`${total} cases, seed ${seed}`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain(syntaxFile),
        fc.constantFrom(100, 40),
        (expr, width) => {
          const printed = printNix(expr, { printWidth: width });
          const parsed = parseNix(printed);
          expect(parsed.hasComments).toBe(false);
          const expected = normalize(expr);
          expect(parsed.expr).toEqual(expected);
          // A string key is printed quoted where the AST holds it as a dynamic key, bare once parsed to a static one;
          // from there on, printing and parsing are each other's inverse.
          const reprinted = printNix(parsed.expr, { printWidth: width });
          expect(reprinted).toBe(printNix(expected, { printWidth: width }));
          expect(printNix(parseNix(reprinted).expr, { printWidth: width })).toBe(reprinted);
        },
      ),
      { seed, numRuns: total },
    );
  });
});
