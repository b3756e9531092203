// Which expressions always print on several lines, whatever the width: nixfmt's "always expand" rules.
import type { Expr } from "../nix/ast.js";
import { forEachPostOrder } from "./children.js";
import { rawShape } from "./precedence.js";

/** Patterns with this many names, or with any default, are written one name per line. */
export const PATTERN_EXPAND_MIN_FIELDS = 3;

/**
 * Records in `memo`, for `root` and every node below it not yet there, whether printing it always produces a line
 * break somewhere (its own or a descendant's). One pass, children first: linear however often it is asked.
 */
export function computeForcedBreaks(root: Expr, memo: Map<Expr, boolean>): void {
  forEachPostOrder(
    root,
    (expr, children) => recordForcedBreak(expr, children, memo),
    (expr) => memo.has(expr),
  );
}

/** Records whether `expr` always breaks, once its children are in `memo`. */
export function recordForcedBreak(expr: Expr, children: readonly Expr[], memo: Map<Expr, boolean>): void {
  memo.set(expr, breaksItself(expr) || children.some((c) => memo.get(c) === true));
}

/** True when `expr` itself always prints on several lines, whatever its children. */
function breaksItself(expr: Expr): boolean {
  switch (expr.kind) {
    case "attrset":
      return expr.bindings.length >= 2;
    case "list":
      return expr.items.length >= 2;
    case "let":
    case "assert":
      return true;
    case "lambda":
      return (
        expr.param.kind === "patternParam" &&
        (expr.param.fields.length >= PATTERN_EXPAND_MIN_FIELDS ||
          expr.param.fields.some((f) => f.default !== undefined))
      );
    case "raw":
      return rawShape(expr.text) === "other" && (expr.text.includes("\n") || expr.text.includes("#"));
    default:
      return false;
  }
}
