// Function application (Pretty.hs `prettyApp`): `f a b` on one line, else with the last argument (or another one)
// expanded alone, else one argument per line.
import { type Doc, GroupKind, group, hardspace, line, lineBreak, nest } from "../layout/document.js";
import { unexpandDocument } from "../layout/unexpand.js";
import type { Expression } from "../syntax/syntax.js";
import { isAbsorbable, isSimple, isSimpleTerm, isTermOf } from "./absorb.js";
import { absorbParen } from "./absorb-docs.js";
import type { Pretty } from "./pretty.js";
import { prettyTermWide, renderList } from "./terms.js";

/**
 * `pre` goes inside the application's group (a line break before it, in binding values); `indentFunction` and
 * `hasPost` lay out an application in parentheses: the function may move to its own line, and `)` too.
 */
export function prettyApp(
  indentFunction: boolean,
  pre: Doc,
  hasPost: boolean,
  fn: Expression,
  arg: Expression,
  p: Pretty,
): Doc {
  const post = hasPost ? lineBreak : [];
  // Two lists as the last arguments: both on the line, or each on its own.
  if (fn.kind === "application" && isTermOf(fn.arg, "list") && isTermOf(arg, "list")) {
    const f = group(absorbApp(fn.fn, indentFunction, p), GroupKind.Transparent);
    const lists = [line, nest(group(absorbInner(fn.arg, p))), line, nest(group(absorbInner(arg, p)))];
    return group([pre, f, lists, post]);
  }
  const rendered = [pre, group(absorbApp(fn, indentFunction, p), GroupKind.Transparent)];
  // Simple applications (names, literals, at most two arguments) stay on one line, however long.
  if (isSimple({ kind: "application", fn, arg })) {
    const flat = unexpandDocument(rendered);
    if (flat !== null) return group([flat, hardspace, absorbLast(arg, p)]);
  }
  return group([rendered, line, absorbLast(arg, p), post]);
}

type ArgumentUnit =
  | { readonly kind: "selection" | "argument"; readonly arg: Expression }
  | { readonly kind: "lists"; readonly first: Expression; readonly second: Expression };

/**
 * The function and all arguments but the last, nested so that as many as fit share the first line. Every argument
 * is a priority group, except selections (expanding one would move only `.b` to the next line) and two lists in a
 * row (they go on the line together or on lines of their own). Iterative over long argument lists.
 */
function absorbApp(expr: Expression, indentFunction: boolean, p: Pretty): Doc {
  const args: Expression[] = [];
  let fn = expr;
  while (fn.kind === "application") {
    args.push(fn.arg);
    fn = fn.fn;
  }
  args.reverse();
  const units: ArgumentUnit[] = [];
  for (let i = args.length - 1; i >= 0; i--) {
    const arg = args[i]!;
    if (isTermOf(arg, "selection")) units.push({ kind: "selection", arg });
    else if (i >= 1 && isTermOf(args[i - 1]!, "list") && isTermOf(arg, "list")) {
      units.push({ kind: "lists", first: args[i - 1]!, second: arg });
      i--;
    } else units.push({ kind: "argument", arg });
  }
  let doc: Doc = indentFunction ? nest(group([lineBreak, p.expr(fn)])) : p.expr(fn);
  for (const unit of units.reverse()) {
    const before = group(doc, GroupKind.Transparent);
    switch (unit.kind) {
      case "selection":
        doc = [before, line, nest(group(absorbInner(unit.arg, p)))];
        break;
      case "lists": {
        const lists = [line, group(absorbInner(unit.first, p)), line, group(absorbInner(unit.second, p))];
        doc = group([before, nest(group(lists))], GroupKind.Transparent);
        break;
      }
      case "argument":
        doc = [before, line, nest(group(absorbInner(unit.arg, p), GroupKind.Priority))];
    }
  }
  return doc;
}

/** A list of at most six simple elements may stay on one line as an argument. */
function absorbInner(e: Expression, p: Pretty): Doc {
  if (isTermOf(e, "list") && e.term.items.length <= 6 && e.term.items.every(isSimpleTerm)) {
    return renderList(line, e.term.items, p);
  }
  return p.expr(e);
}

/** The last argument: a set, list or parenthesised expression opens at the end of the line (`f x {`, `f (`). */
function absorbLast(arg: Expression, p: Pretty): Doc {
  if (arg.kind === "term") {
    const t = arg.term;
    if (isAbsorbable(t)) return group(nest(p.term(t)), GroupKind.Priority);
    if (t.kind === "parenthesized") {
      const e = t.expr;
      // `(x: {` and `(f {`: the set or list opens on the line.
      if (
        e.kind === "abstraction" &&
        e.param.kind === "name" &&
        e.body.kind === "term" &&
        isAbsorbable(e.body.term)
      ) {
        const opened = ["(", e.param.name, ":", hardspace, prettyTermWide(e.body.term, p), ")"];
        return group(nest(opened), GroupKind.Priority);
      }
      if (
        e.kind === "application" &&
        e.fn.kind === "term" &&
        e.fn.term.kind === "token" &&
        e.fn.term.type === "identifier" &&
        e.arg.kind === "term" &&
        isAbsorbable(e.arg.term)
      ) {
        const opened = ["(", e.fn.term.text, hardspace, prettyTermWide(e.arg.term, p), ")"];
        return group(nest(opened), GroupKind.Priority);
      }
      return absorbParen(e, p);
    }
  }
  return group(nest(p.expr(arg)));
}
