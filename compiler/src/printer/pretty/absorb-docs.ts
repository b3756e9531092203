// Documents of absorbed expressions (Pretty.hs `absorbExpr`, `absorbParen`): those that open on the line before them.
import { type Doc, GroupKind, group, lineBreak, nest } from "../layout/document.js";
import type { Expression } from "../syntax/syntax.js";
import { isAbsorbable } from "./absorb.js";
import { prettyWith } from "./control.js";
import type { Pretty } from "./pretty.js";
import { prettyTermWide } from "./terms.js";

/** An absorbable term (as written, or with each binding of a set on its own line when `wide`), `with e; {…}`, … */
export function absorbExpr(wide: boolean, e: Expression, p: Pretty): Doc {
  if (e.kind === "term" && isAbsorbable(e.term)) return wide ? prettyTermWide(e.term, p) : p.term(e.term);
  if (e.kind === "with" && e.body.kind === "term" && isAbsorbable(e.body.term)) return prettyWith(true, e, p);
  return p.expr(e);
}

/** `(` … `)` as a priority group: it opens at the end of the line, its contents indented on the lines after. */
export function absorbParen(e: Expression, p: Pretty): Doc {
  return group(nest(["(", lineBreak, group(nest(p.expr(e))), lineBreak, ")"]), GroupKind.Priority);
}
