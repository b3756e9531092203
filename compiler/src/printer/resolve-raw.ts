// Raw Nix that was parsed is printed like compiled code: before printing, each such node is replaced by its parse,
// so that parentheses, operator chains and layout are decided for it exactly as for the code around it.
import type { Expr } from "../nix/ast.js";
import { mapChildren } from "../nix/traverse.js";
import { childExpressions, forEachPostOrder } from "./children.js";

/** `root` with every parsed raw node replaced by its parse; `root` itself when it has none. Without recursion. */
export function resolveRaw(root: Expr): Expr {
  const rebuilt = new Map<Expr, Expr>();
  forEachPostOrder<Expr>(root, childExpressions, (expr) => {
    if (expr.kind === "raw") {
      if (expr.parsed !== undefined) rebuilt.set(expr, expr.parsed);
      return;
    }
    if (!childExpressions(expr).some((child) => rebuilt.has(child))) return;
    rebuilt.set(
      expr,
      mapChildren(expr, (child) => rebuilt.get(child) ?? child),
    );
  });
  return rebuilt.get(root) ?? root;
}
