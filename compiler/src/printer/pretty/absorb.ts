// nixfmt's classification of expressions (Pretty.hs `isAbsorbable`, `isAbsorbableExpr`, `isSimple`,
// `canFlattenAttrs`): which ones may start on the line before them, and which stay on one line whatever their length.
import type { Expression, Parameter, Term } from "../syntax/syntax.js";

/** What the classification needs to know of the layout being built (see `Pretty`). */
interface Layout {
  isAbsorbableExpr(e: Expression): boolean;
  canFlattenAttrs(param: Parameter & { kind: "pattern" }): boolean;
}

/** A non-empty set or list (also in parentheses): it may open at the end of a line and close on its own. */
export function isAbsorbable(t: Term): boolean {
  switch (t.kind) {
    case "set":
      return t.binders.length > 0;
    case "list":
      return t.items.length > 0;
    case "parenthesized":
      return t.expr.kind === "term" && isAbsorbable(t.expr.term);
    default:
      return false;
  }
}

/**
 * An absorbable term, `with e; {…}`, or a function returning one (`x: y: {…}`, `{ a, b }: […]`). The printer
 * memoises it (`Pretty.isAbsorbableExpr`) and asks it bottom-up, so lambda chains are followed one step at a time.
 */
export function absorbableExpr(e: Expression, layout: Layout): boolean {
  switch (e.kind) {
    case "term":
      return isAbsorbable(e.term);
    case "with":
      return e.body.kind === "term" && isAbsorbable(e.body.term);
    case "abstraction": {
      const { param, body } = e;
      if (param.kind === "name") {
        if (body.kind === "term") return isAbsorbable(body.term);
        return body.kind === "abstraction" && layout.isAbsorbableExpr(body);
      }
      return param.kind === "pattern" && layout.canFlattenAttrs(param) && layout.isAbsorbableExpr(body);
    }
    default:
      return false;
  }
}

/** A pattern that may stay on one line: at most two names, no defaults, maybe `...`. */
export function isShortPattern(param: Parameter & { kind: "pattern" }): boolean {
  return param.attrs.length <= 2 && param.attrs.every((a) => a.default === undefined);
}

/** Names, literals, plain selections and applications of them to at most two arguments. */
export function isSimple(e: Expression): boolean {
  switch (e.kind) {
    case "term":
      return isSimpleTerm(e.term);
    case "application":
      if (e.fn.kind === "application" && e.fn.fn.kind === "application") return false;
      return isSimple(e.fn) && isSimple(e.arg);
    default:
      return false;
  }
}

export function isSimpleTerm(t: Term): boolean {
  switch (t.kind) {
    case "string":
    case "path":
      return true;
    case "token":
      return t.type !== "keyword";
    case "selection":
      return isSimpleTerm(t.term) && t.selectors.every((s) => s.kind === "name") && t.default === undefined;
    case "parenthesized":
      return isSimple(t.expr);
    default:
      return false;
  }
}

export const isTermOf = <K extends Term["kind"]>(
  e: Expression,
  kind: K,
): e is Expression & { kind: "term"; term: Term & { kind: K } } => e.kind === "term" && e.term.kind === kind;
