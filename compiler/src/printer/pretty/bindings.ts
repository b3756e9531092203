// Bindings (Pretty.hs `Binder` and `absorbRHS`): `name = value;`, `inherit (from) names;`, and where a value starts.
import {
  type Doc,
  GroupKind,
  group,
  hardline,
  hardspace,
  join,
  line,
  lineBreak,
  nest,
} from "../layout/document.js";
import type { Binder, Expression } from "../syntax/syntax.js";
import { isAbsorbable } from "./absorb.js";
import { absorbExpr, absorbParen } from "./absorb-docs.js";
import { prettyApp } from "./application.js";
import { prettyOp } from "./operators.js";
import type { Pretty } from "./pretty.js";
import { prettySelectorPath, prettySimpleSelector, prettyTermInstance, prettyTermWide } from "./terms.js";

/** The bindings of a set or `let`, one per line. */
export function prettyBinders(binders: readonly Binder[], p: Pretty): Doc {
  return join(
    hardline,
    binders.map((b) => group(p.binder(b))),
  );
}

/** Names this many or more are written one per line. */
const INHERIT_ONE_PER_LINE = 4;

export function prettyBinder(b: Binder, p: Pretty): Doc {
  if (b.kind === "inherit") {
    const [separator, last] =
      b.names.length < INHERIT_ONE_PER_LINE ? [line, lineBreak] : [hardline, hardline];
    const names = join(
      separator,
      b.names.map((n) => prettySimpleSelector(n, p)),
    );
    if (b.from === undefined) return group(["inherit", separator, nest([names, last, ";"])]);
    const from = group([line, prettyTermInstance(b.from, p)]);
    return group(["inherit", nest([from, separator, names, last, ";"])]);
  }
  // After a short path, a long value does not move to the next line: that would gain little width.
  const shortPath = b.path.length <= 4 && b.path.every((s) => s.kind === "name");
  const value = absorbRHS(b.value, p);
  const rhs = shortPath ? value : [lineBreak, group(value, GroupKind.Priority)];
  return group([prettySelectorPath(b.path, p), nest([hardspace, "=", rhs]), ";"]);
}

const UPDATE_CONCAT_PLUS: ReadonlySet<string> = new Set(["//", "++", "+"]);

/** The value of a binding or a pattern default, after `=` or `?` (Pretty.hs `absorbRHS`). */
export function absorbRHS(e: Expression, p: Pretty): Doc {
  if (e.kind === "term") {
    const t = e.term;
    // A set holding only one `inherit` stays on one line where it fits.
    if (t.kind === "set" && t.binders.length === 1 && t.binders[0]!.kind === "inherit") {
      return nest([hardspace, group(absorbExpr(false, e, p))]);
    }
  }
  // Sets, lists and functions returning them open on the line: `a = {`.
  if (p.isAbsorbableExpr(e)) return nest([hardspace, group(absorbExpr(true, e, p))]);
  switch (e.kind) {
    case "term":
      if (e.term.kind === "parenthesized") return nest([hardspace, absorbParen(e.term.expr, p)]);
      // Nothing to gain from moving a string or path to the next line.
      if (e.term.kind === "string" || e.term.kind === "path") return nest([hardspace, group(p.expr(e))]);
      return nest(group([line, p.expr(e)]));
    case "application":
      return nest(prettyApp(false, line, false, e.fn, e.arg, p));
    case "with":
      return nest(group([line, p.expr(e)]));
    case "operation":
      if (UPDATE_CONCAT_PLUS.has(e.op)) {
        const { left, right } = e;
        // `{ … } // x`: the first operand opens on the line, the others follow unindented.
        if (left.kind === "term" && isAbsorbable(left.term)) return [hardspace, prettyOp(true, e, p)];
        // `x // { … }`: the last operand opens at the end of the operator's line.
        if (right.kind === "term" && isAbsorbable(right.term)) {
          const opened = group(
            [e.op, hardspace, group(prettyTermWide(right.term, p), GroupKind.Priority)],
            GroupKind.Transparent,
          );
          return nest(group([line, p.expr(left), line, opened]));
        }
      }
      break;
  }
  return nest([line, group(p.expr(e))]);
}
