// Terms (Pretty.hs `prettyTerm`): names and literals, lists, sets, selections and parentheses.
import {
  type Doc,
  group,
  hardline,
  hardspace,
  join,
  line,
  lineBreak,
  nest,
  softBreak,
  softline,
} from "../layout/document.js";
import type { Expression, Selection, Selector, Term } from "../syntax/syntax.js";
import { isAbsorbable } from "./absorb.js";
import { prettyApp } from "./application.js";
import { prettyBinders } from "./bindings.js";
import { absorbExpr } from "./absorb-docs.js";
import type { Pretty } from "./pretty.js";
import { prettySimpleString, prettyStringPart } from "./strings.js";

export function prettyTerm(t: Term, p: Pretty): Doc {
  switch (t.kind) {
    case "token":
    case "path":
      return t.text;
    case "string":
      return prettySimpleString(t, p);
    case "list":
      return t.items.length === 0 ? ["[", hardspace, "]"] : renderList(hardline, t.items, p);
    case "set":
      return prettySet(false, t, p);
    case "selection":
      return prettySelection(t, p);
    case "parenthesized":
      return group(["(", nest(parenthesizedInner(t.expr, p)), ")"]);
    case "verbatim":
      // A `#` comment at the end would swallow the closing parenthesis.
      return t.text.includes("#") ? ["(", t.text, hardline, ")"] : ["(", t.text, ")"];
  }
}

/** nixfmt's `pretty` of a term: a list is grouped, so that a one-element list stays on one line when it fits. */
export function prettyTermInstance(t: Term, p: Pretty): Doc {
  return t.kind === "list" ? group(p.term(t)) : p.term(t);
}

/** `[ a ]` or one element per line; `itemSeparator` is a hard line unless simple elements may share one. */
export function renderList(itemSeparator: Doc, items: readonly Term[], p: Pretty): Doc {
  const around = items.length === 0 ? hardspace : line;
  const docs = items.map((item) => group(prettyTermInstance(item, p)));
  return ["[", around, nest(join(itemSeparator, docs)), around, "]"];
}

/** `{ a = 1; }` where it fits; `wide` sets (binding values) always put each binding on its own line. */
export function prettySet(wide: boolean, t: Term & { kind: "set" }, p: Pretty): Doc {
  const open = t.recursive ? ["rec", hardspace, "{"] : ["{"];
  if (t.binders.length === 0) return [open, hardspace, "}"];
  const around = wide ? hardline : line;
  return [open, around, nest(prettyBinders(t.binders, p)), around, "}"];
}

/** nixfmt's `prettyTermWide`. */
export function prettyTermWide(t: Term, p: Pretty): Doc {
  return t.kind === "set" ? prettySet(true, t, p) : p.term(t);
}

function prettySelection(t: Selection, p: Pretty): Doc {
  // After a name the path stays attached; after anything else it may move to the next line.
  const base = t.term;
  const before =
    base.kind === "token"
      ? base.type === "number"
        ? hardspace
        : []
      : isParenthesized(base)
        ? softBreak
        : lineBreak;
  const fallback =
    t.default === undefined ? [] : [softline, nest(["or", hardspace, prettyTermInstance(t.default, p)])];
  return [
    prettyTermInstance(base, p),
    before,
    t.selectors.map((s) => [".", prettySimpleSelector(s, p)]),
    fallback,
  ];
}

const isParenthesized = (t: Term): boolean => t.kind === "parenthesized" || t.kind === "verbatim";

/** An attribute path (`a.b."c".${d}`), as in bindings and `?`. */
export function prettySelectorPath(path: readonly Selector[], p: Pretty): Doc {
  return path.map((s, i) => (i === 0 ? prettySimpleSelector(s, p) : [".", prettySimpleSelector(s, p)]));
}

export function prettySimpleSelector(s: Selector, p: Pretty): Doc {
  switch (s.kind) {
    case "name":
      return s.name;
    case "string":
      return prettySimpleString(s, p);
    case "interpolation":
      return prettyStringPart(s, p);
  }
}

/** What stands between `(` and `)` (and in a string's lone `${…}`): hugged when absorbable, else on its own lines. */
export function parenthesizedInner(e: Expression, p: Pretty): Doc {
  if (p.isAbsorbableExpr(e)) return group(absorbExpr(false, e, p));
  if (e.kind === "application") return prettyApp(true, [], true, e.fn, e.arg, p);
  if (e.kind === "term" && e.term.kind === "selection") {
    return isAbsorbable(e.term.term)
      ? [lineBreak, group(p.expr(e)), lineBreak]
      : [group(p.expr(e)), lineBreak];
  }
  return [lineBreak, group(p.expr(e)), lineBreak];
}
