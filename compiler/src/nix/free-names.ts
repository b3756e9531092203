// The names an expression refers to without binding them itself (its free variables), honouring lambda parameters
// and patterns, `let`, `rec` sets and `with`-free scoping. Iterative, so it handles any depth of nesting.
import type { Binding, Expr } from "./ast.js";
import { mapChildren } from "./traverse.js";

interface Task {
  readonly expr: Expr;
  readonly bound: ReadonlySet<string>;
}

export function freeNames(root: Expr): Set<string> {
  const free = new Set<string>();
  const stack: Task[] = [{ expr: root, bound: new Set() }];
  const push = (expr: Expr, bound: ReadonlySet<string>) => stack.push({ expr, bound });
  while (stack.length > 0) {
    const { expr, bound } = stack.pop()!;
    switch (expr.kind) {
      case "ident":
        if (!bound.has(expr.name)) free.add(expr.name);
        break;
      case "raw":
        for (const name of expr.references ?? []) if (!bound.has(name)) free.add(name);
        // Raw Nix is not parsed; a `lib` in it is taken to be a reference (a harmless over-approximation).
        if (/(^|[^A-Za-z0-9_'.-])lib([^A-Za-z0-9_'-]|$)/.test(expr.text) && !bound.has("lib"))
          free.add("lib");
        break;
      case "lambda": {
        const inner = new Set(bound);
        if (expr.param.kind === "identParam") inner.add(expr.param.name);
        else {
          for (const field of expr.param.fields) inner.add(field.name);
          if (expr.param.bind !== undefined) inner.add(expr.param.bind);
          for (const field of expr.param.fields) if (field.default) push(field.default, inner);
        }
        push(expr.body, inner);
        break;
      }
      case "let": {
        const inner = withNames(bound, expr.bindings);
        pushBindings(expr.bindings, inner, bound, push, free);
        push(expr.body, inner);
        break;
      }
      case "attrset":
        pushBindings(
          expr.bindings,
          expr.recursive ? withNames(bound, expr.bindings) : bound,
          bound,
          push,
          free,
        );
        break;
      default:
        mapChildren(expr, (child) => {
          push(child, bound);
          return child;
        });
    }
  }
  return free;
}

function withNames(bound: ReadonlySet<string>, bindings: readonly Binding[]): Set<string> {
  const inner = new Set(bound);
  for (const b of bindings) {
    if (b.kind === "inherit") for (const n of b.names) inner.add(n);
    else if (b.path[0]?.kind === "static") inner.add(b.path[0].name);
  }
  return inner;
}

/**
 * Values (and `inherit (from)` sources, and dynamic keys) are read in `valueScope`; a plain `inherit x;` always reads
 * `x` from the enclosing scope, `outerScope`, even in `let` and `rec` (that is how Nix avoids `x = x;` recursion).
 */
function pushBindings(
  bindings: readonly Binding[],
  valueScope: ReadonlySet<string>,
  outerScope: ReadonlySet<string>,
  push: (expr: Expr, bound: ReadonlySet<string>) => void,
  free: Set<string>,
): void {
  for (const b of bindings) {
    if (b.kind === "inherit") {
      if (b.from) push(b.from, valueScope);
      else for (const n of b.names) if (!outerScope.has(n)) free.add(n);
      continue;
    }
    for (const key of b.path) if (key.kind === "dynamic") push(key.expr, valueScope);
    push(b.value, valueScope);
  }
}
