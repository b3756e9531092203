// The interface the per-syntax printers use to print their children, and small doc helpers they share.
import { doc } from "prettier";
import type { Expr } from "../nix/ast.js";
import type { Level } from "./precedence.js";

export type Doc = doc.builders.Doc;
const { group } = doc.builders;

export interface NixPrinter {
  /** `expr` where any expression may stand (a binding value, a lambda body, …): never parenthesised. */
  expr(expr: Expr): Doc;
  /** `expr` in a context that accepts levels up to `limit`, parenthesised when it is looser. */
  operand(expr: Expr, limit: Level): Doc;
  /** `expr` as a function argument: like `operand(expr, Level.select)`, but a multi-line application opens up. */
  argument(expr: Expr): Doc;
  /** `expr` in parentheses, laid out like nixfmt (`(f x {` … `})`, `(x: {` … `})`, or `(` indented `)`). */
  parenthesized(expr: Expr): Doc;
  /**
   * The layout of an argument that opens on the current line and is forced to break (`f x {` … `}`,
   * `f (` … `)`), or undefined when the argument cannot be laid out that way.
   */
  huggedArgument(expr: Expr): Doc | undefined;
  /**
   * True when `expr` always prints on several lines. Needed around conditional groups, which do not pass a forced
   * break on to their parents as plain groups do.
   */
  hasForcedBreak(expr: Expr): boolean;
}

/** A copy of a plain group that must break; other docs are wrapped in one. Children are shared, not rebuilt. */
export function breakingGroup(d: Doc): Doc {
  if (typeof d === "object" && !Array.isArray(d) && d.type === "group" && d.expandedStates === undefined) {
    return group(d.contents, { shouldBreak: true });
  }
  return group(d, { shouldBreak: true });
}
