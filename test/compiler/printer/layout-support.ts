// Shared pieces of the layout tests: short names, and a runner that also checks every text with nix-instantiate and
// (where installed) that every pinned layout is nixfmt's own.
import { describe, expect, it } from "vitest";
import type { Expr } from "../../../compiler/src/nix/ast.js";
import { ident } from "../../../compiler/src/nix/ast.js";
import { printNix } from "../../../compiler/src/printer/print-nix.js";
import { describeMismatch, nixfmtAtHand, nixfmtMismatches } from "../../support/nixfmt.js";
import { expectAllParse } from "./nix-check.js";

export const [a, b, c, f, x, y, lib, pkgs] = ["a", "b", "c", "f", "x", "y", "lib", "pkgs"].map(ident) as [
  Expr,
  Expr,
  Expr,
  Expr,
  Expr,
  Expr,
  Expr,
  Expr,
];
/** A name `n` characters long, to push layouts past the width. */
export const long = (n: number, letter = "v"): Expr => ident(letter.repeat(n));
/** The text of a whole file: lines joined with LF, with a final newline. */
export const lines = (...ls: string[]): string => `${ls.join("\n")}\n`;

export type LayoutCase = [name: string, expr: Expr, expected: string];

/** AST in, exact file text out; afterwards, every printed text must parse in Nix and be left alone by nixfmt. */
export function describeLayout(
  title: string,
  cases: readonly LayoutCase[],
  options: { readonly nixfmt: boolean } = { nixfmt: true },
): void {
  describe(title, () => {
    const printed: string[] = [];
    it.each(cases)("%s", (_name, expr, expected) => {
      const text = printNix(expr);
      printed.push(text);
      expect(text).toBe(expected);
    });
    it("prints only texts that nix-instantiate parses", () => expectAllParse(printed));
    if (!options.nixfmt) return;
    it.skipIf(!nixfmtAtHand(`${title}: pinned layouts are nixfmt's`))(
      "pins only nixfmt's own layouts",
      () => {
        const mismatches = nixfmtMismatches(cases.map(([, , expected]) => expected));
        expect(mismatches.map((m) => `${cases[m.index]![0]}: ${describeMismatch(m)}`)).toEqual([]);
      },
    );
  });
}
