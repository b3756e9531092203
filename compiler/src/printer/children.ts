// The direct child expressions of a node, and which of them a printer folds into its parent's layout.
import type { AttrKey, Binding, Expr } from "../nix/ast.js";
import { assertNever } from "../nix/ast.js";
import { binaryOperator } from "./precedence.js";

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
 * code can nest deeper than the call stack allows). `parent` is the first parent the node was reached from. Nodes
 * for which `skip` holds are neither visited nor descended into.
 */
export function forEachPostOrder(
  root: Expr,
  visit: (expr: Expr, children: readonly Expr[], parent: Expr | undefined) => void,
  skip: (expr: Expr) => boolean = () => false,
): void {
  const seen = new Set<Expr>();
  const stack: { expr: Expr; parent: Expr | undefined; children: Expr[] | undefined }[] = [
    { expr: root, parent: undefined, children: undefined },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.children === undefined) {
      if (seen.has(top.expr) || skip(top.expr)) {
        stack.pop();
        continue;
      }
      seen.add(top.expr);
      top.children = childExpressions(top.expr);
      for (let i = top.children.length - 1; i >= 0; i--) {
        stack.push({ expr: top.children[i]!, parent: top.expr, children: undefined });
      }
      continue;
    }
    stack.pop();
    visit(top.expr, top.children, top.parent);
  }
}

/**
 * True when the printer of `parent` lays out `child` itself, as part of a flattened chain (`a + b + c`, `x: y: e`,
 * `else if`, `a.b.c`, `f a b`), instead of asking for the child's own document. Mirrors the flattening in the
 * per-syntax printers; a mismatch would only cost time, never change the output.
 */
export function isFlattenedInto(parent: Expr, child: Expr): boolean {
  switch (parent.kind) {
    case "binop": {
      if (child.kind !== "binop") return false;
      const { level, associativity } = binaryOperator(parent.op);
      if (binaryOperator(child.op).level !== level) return false;
      return associativity === "left"
        ? child === parent.left
        : associativity === "right" && child === parent.right;
    }
    case "lambda":
      return child === parent.body && child.kind === "lambda";
    case "if":
      return child === parent.else && child.kind === "if";
    case "select":
      return child === parent.expr && child.kind === "select" && child.default === undefined;
    case "apply":
      return child === parent.fn && child.kind === "apply";
    default:
      return false;
  }
}
