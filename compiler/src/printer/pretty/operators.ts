// Binary operators (Pretty.hs `prettyOp`): a chain of one operator on one line, else one operand per line with the
// operator in front. Only the same operator chains: `a + b - c` is `(a + b) - c` to nixfmt.
import { type Doc, group, hardspace, line, nest } from "../layout/document.js";
import type { Expression, Operation } from "../syntax/syntax.js";
import { isAbsorbable } from "./absorb.js";
import { prettyApp } from "./application.js";
import type { Pretty } from "./pretty.js";
import { prettyTermInstance, prettyTermWide } from "./terms.js";

/** `forceFirstTermWide`: a set as first operand of a binding value puts each binding on its own line. */
export function prettyOp(forceFirstTermWide: boolean, operation: Operation, p: Pretty): Doc {
  const { op } = operation;
  const parts: Doc[] = [];
  const stack: { op: string | undefined; expr: Expression }[] = [{ op: undefined, expr: operation }];
  while (stack.length > 0) {
    const { op: before, expr } = stack.pop()!;
    if (expr.kind === "operation" && expr.op === op) {
      stack.push({ op, expr: expr.right }, { op: before, expr: expr.left });
    } else if (before !== undefined) {
      parts.push([line, before, nest(absorbOperation(expr, p))]);
    } else if (forceFirstTermWide && expr.kind === "term" && isAbsorbable(expr.term)) {
      parts.push(prettyTermWide(expr.term, p));
    } else {
      parts.push(p.expr(expr));
    }
  }
  return group(parts);
}

/** An operand after its operator. */
function absorbOperation(e: Expression, p: Pretty): Doc {
  if (e.kind === "term" && isAbsorbable(e.term)) return [hardspace, prettyTermInstance(e.term, p)];
  // A nested operation starts on a new line when it does not fit.
  if (e.kind === "operation") return group([line, p.expr(e)]);
  // An application starts on a new line when more than its last argument would break.
  if (e.kind === "application") return group([hardspace, prettyApp(false, line, false, e.fn, e.arg, p)]);
  return [hardspace, p.expr(e)];
}
