// The child nodes of the printer's syntax, for the bottom-up passes over it.
import type { Binder, Expression, Node, Parameter, Selector, StringPart } from "../syntax/syntax.js";

export function syntaxChildren(n: Node): readonly Node[] {
  switch (n.kind) {
    case "term":
      return [n.term];
    case "with":
      return [n.scope, n.body];
    case "let":
      return [...binderChildren(n.binders), n.body];
    case "assert":
      return [n.condition, n.body];
    case "if":
      return [n.condition, n.then, n.else];
    case "abstraction":
      return [...paramChildren(n.param), n.body];
    case "application":
      return [n.fn, n.arg];
    case "operation":
      return [n.left, n.right];
    case "member check":
      return [n.expr, ...selectorChildren(n.path)];
    case "negation":
    case "inversion":
      return [n.expr];
    case "token":
    case "path":
    case "verbatim":
      return [];
    case "string":
      return partChildren(n.parts);
    case "list":
      return n.items;
    case "set":
      return binderChildren(n.binders);
    case "selection":
      return [n.term, ...selectorChildren(n.selectors), ...(n.default === undefined ? [] : [n.default])];
    case "parenthesized":
      return [n.expr];
  }
}

function partChildren(parts: readonly StringPart[]): Expression[] {
  return parts.flatMap((part) => (typeof part === "string" ? [] : [part.expr]));
}

function selectorChildren(path: readonly Selector[]): Expression[] {
  return path.flatMap((s) =>
    s.kind === "interpolation" ? [s.expr] : s.kind === "string" ? partChildren(s.parts) : [],
  );
}

function binderChildren(binders: readonly Binder[]): Node[] {
  return binders.flatMap((b): Node[] =>
    b.kind === "assignment"
      ? [...selectorChildren(b.path), b.value]
      : [...(b.from === undefined ? [] : [b.from]), ...selectorChildren(b.names)],
  );
}

function paramChildren(param: Parameter): Expression[] {
  if (param.kind === "name") return [];
  if (param.kind === "bound pattern") return paramChildren(param.pattern);
  return param.attrs.flatMap((a) => (a.default === undefined ? [] : [a.default]));
}
