// The Nix printer: AST → syntax as nixfmt reads it → nixfmt's document → text, laid out exactly as nixfmt 1.4 lays
// it out (width 100), so that every file tsnix writes is a nixfmt fixed point.
import type { Expr } from "../nix/ast.js";
import { lowerDocument } from "./layout/elements.js";
import { fixup } from "./layout/fixup.js";
import { layOut } from "./layout/render.js";
import { prettyDocument } from "./pretty/pretty.js";
import { resolveRaw } from "./resolve-raw.js";
import { syntaxOf } from "./syntax/from-ast.js";

export const PRINT_WIDTH = 100;

export interface PrintOptions {
  /** Line width to fit to, not counting indentation (as nixfmt counts it); nixfmt's default is 100. */
  readonly printWidth?: number;
}

/**
 * A whole `.nix` file: LF line endings and a final newline.
 *
 * nixfmt keeps a short pattern (`{ a, b }:`) on one line only where its input has it on one line, and lays out the
 * function around it differently when it does not. A pattern too long for its line therefore changes layout on
 * nixfmt's second reading; the fixed point is reached by laying the file out again with every pattern that broke
 * read as multi-line. Patterns only ever go from one line to several, so this ends, nearly always after one pass.
 */
export function printNix(expr: Expr, options: PrintOptions = {}): string {
  const width = options.printWidth ?? PRINT_WIDTH;
  const syntax = syntaxOf(resolveRaw(expr));
  const multiline = new Set<object>();
  for (;;) {
    const laid = layOut(fixup(lowerDocument(prettyDocument(syntax, multiline))), width);
    const before = multiline.size;
    for (const tag of laid.expandedTags) multiline.add(tag);
    if (multiline.size === before) return laid.text;
  }
}

/** One expression as text, without a final newline. */
export function printNixExpression(expr: Expr, options: PrintOptions = {}): string {
  return printNix(expr, options).slice(0, -1);
}
