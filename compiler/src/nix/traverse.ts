// Generic traversal of the Nix AST: rebuild a node with mapped children, and helpers built on it.
import type { AttrKey, Binding, Expr, Param, StrPart } from "./ast.js";
import { assertNever } from "./ast.js";

/** A copy of `expr` with `f` applied to each direct child expression (not recursively). */
export function mapChildren(expr: Expr, f: (child: Expr) => Expr): Expr {
  const key = (k: AttrKey): AttrKey => (k.kind === "dynamic" ? { ...k, expr: f(k.expr) } : k);
  const binding = (b: Binding): Binding =>
    b.kind === "binding"
      ? { ...b, path: b.path.map(key), value: f(b.value) }
      : { ...b, from: b.from === undefined ? undefined : f(b.from) };
  const param = (p: Param): Param =>
    p.kind === "patternParam"
      ? { ...p, fields: p.fields.map((fd) => ({ ...fd, default: fd.default && f(fd.default) })) }
      : p;
  switch (expr.kind) {
    case "ident":
    case "int":
    case "float":
    case "path":
    case "raw":
      return expr;
    case "string":
      return { ...expr, parts: expr.parts.map((p: StrPart) => (typeof p === "string" ? p : f(p))) };
    case "list":
      return { ...expr, items: expr.items.map(f) };
    case "attrset":
      return { ...expr, bindings: expr.bindings.map(binding) };
    case "select":
      return {
        ...expr,
        expr: f(expr.expr),
        path: expr.path.map(key),
        default: expr.default && f(expr.default),
      };
    case "hasAttr":
      return { ...expr, expr: f(expr.expr), path: expr.path.map(key) };
    case "lambda":
      return { ...expr, param: param(expr.param), body: f(expr.body) };
    case "apply":
      return { ...expr, fn: f(expr.fn), arg: f(expr.arg) };
    case "let":
      return { ...expr, bindings: expr.bindings.map(binding), body: f(expr.body) };
    case "with":
      return { ...expr, scope: f(expr.scope), body: f(expr.body) };
    case "assert":
      return { ...expr, condition: f(expr.condition), body: f(expr.body) };
    case "if":
      return { ...expr, condition: f(expr.condition), then: f(expr.then), else: f(expr.else) };
    case "binop":
      return { ...expr, left: f(expr.left), right: f(expr.right) };
    case "unary":
      return { ...expr, operand: f(expr.operand) };
    default:
      return assertNever(expr);
  }
}

/** Replace one node (found by identity) everywhere it occurs. */
export function replaceNode(expr: Expr, target: Expr, replacement: Expr): Expr {
  if (expr === target) return replacement;
  return mapChildren(expr, (child) => replaceNode(child, target, replacement));
}

/** Every identifier name referenced anywhere in `expr` (an over-approximation of its free variables). */
export function referencedNames(expr: Expr, into: Set<string> = new Set()): Set<string> {
  if (expr.kind === "ident") into.add(expr.name);
  if (expr.kind === "raw") for (const name of expr.references ?? []) into.add(name);
  if (expr.kind === "attrset" || expr.kind === "let") {
    // `inherit a;` (without `from`) refers to `a` in the enclosing scope.
    for (const b of expr.bindings)
      if (b.kind === "inherit" && b.from === undefined) for (const n of b.names) into.add(n);
  }
  mapChildren(expr, (child) => {
    referencedNames(child, into);
    return child;
  });
  return into;
}
