// The direct child expressions of a node, and a bottom-up walk over a tree without recursion.
import type { AttrKey, Binding, Expr } from "../nix/ast.js";
import { assertNever } from "../nix/ast.js";

/**
 * The direct child expressions of `expr`, in source order. (`mapChildren` from nix/traverse.ts would do, but it
 * copies every node it visits, and the printer asks for the children of every node.)
 */
export function childExpressions(expr: Expr): Expr[] {
  switch (expr.kind) {
    case "ident":
    case "int":
    case "float":
    case "path":
    case "raw":
      return [];
    case "string":
      return expr.parts.filter((part): part is Expr => typeof part !== "string");
    case "list":
      return [...expr.items];
    case "attrset":
      return bindingChildren(expr.bindings);
    case "let":
      return [...bindingChildren(expr.bindings), expr.body];
    case "select":
      return [expr.expr, ...keyChildren(expr.path), ...(expr.default === undefined ? [] : [expr.default])];
    case "hasAttr":
      return [expr.expr, ...keyChildren(expr.path)];
    case "lambda": {
      const { param } = expr;
      const defaults =
        param.kind === "patternParam" ? param.fields.flatMap((f) => (f.default ? [f.default] : [])) : [];
      return [...defaults, expr.body];
    }
    case "apply":
      return [expr.fn, expr.arg];
    case "with":
      return [expr.scope, expr.body];
    case "assert":
      return [expr.condition, expr.body];
    case "if":
      return [expr.condition, expr.then, expr.else];
    case "binop":
      return [expr.left, expr.right];
    case "unary":
      return [expr.operand];
    default:
      return assertNever(expr);
  }
}

function keyChildren(path: readonly AttrKey[]): Expr[] {
  return path.flatMap((key) => (key.kind === "dynamic" ? [key.expr] : []));
}

function bindingChildren(bindings: readonly Binding[]): Expr[] {
  return bindings.flatMap((b) =>
    b.kind === "binding" ? [...keyChildren(b.path), b.value] : b.from === undefined ? [] : [b.from],
  );
}

/**
 * Calls `visit` on every node reachable from `root` once, children before their parent, without recursion (generated
 * code can nest deeper than the call stack allows). `parent` is the first parent the node was reached from.
 */
export function forEachPostOrder<T>(
  root: T,
  children: (node: T) => readonly T[],
  visit: (node: T, parent: T | undefined) => void,
): void {
  const seen = new Set<T>();
  const stack: { node: T; parent: T | undefined; expanded: boolean }[] = [
    { node: root, parent: undefined, expanded: false },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (!top.expanded) {
      if (seen.has(top.node)) {
        stack.pop();
        continue;
      }
      seen.add(top.node);
      top.expanded = true;
      const kids = children(top.node);
      for (let i = kids.length - 1; i >= 0; i--)
        stack.push({ node: kids[i]!, parent: top.node, expanded: false });
      continue;
    }
    stack.pop();
    visit(top.node, top.parent);
  }
}
