// `for (const k of Object.keys(o))` walks keys in insertion order in JS and in byte order in Nix. The loop is
// exact when nothing it does depends on that order. This decides it soundly and conservatively: every change the
// body makes to a variable declared outside it must be one whose result is the same in any order, and nothing
// else in the body may read such a variable —
//   - an int counter: `n += e`, `n -= e`, `n++`, `n--` with `e` an int (integer sums do not depend on order;
//     float sums do, so a number not known to be an int is not accepted);
//   - a flag: `found = true` (every assignment of the variable in the loop writes the same literal), or a boolean
//     `ok ||= e` / `ok &&= e`;
//   - an object filled at distinct keys: `out[k] = e` where `k` is the loop's own key (Object.keys/entries), or
//     `seen[e] = true` where every write to the object stores the same literal.
// `continue` is fine; `break`, `return`, `throw`, nested loops, `push` and anything else make the order observable.
import { ts } from "../../typescript.js";
import type { TransformContext } from "../context.js";
import { isBooleanType } from "../type-queries.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";

type Write =
  | { readonly kind: "count" }
  | { readonly kind: "flag"; readonly literal: string }
  | { readonly kind: "boolean-or-and" }
  | { readonly kind: "at-key" }
  | { readonly kind: "at-any-key"; readonly literal: string };

/** Does the order in which `loop` visits its keys leave no trace? `iterable` is its Object.keys/values/entries. */
export function loopOrderIsUnobservable(loop: ts.ForOfStatement, ctx: TransformContext): boolean {
  const key = loopKey(loop, ctx);
  const declaredInside = new Set<ts.Symbol>();
  const writes = new Map<ts.Symbol, Write[]>();
  const reads: ts.Identifier[] = [];
  const symbolOf = (node: ts.Node) => ctx.checker.getSymbolAtLocation(node);
  const isOuter = (symbol: ts.Symbol | undefined) => symbol !== undefined && !declaredInside.has(symbol);
  const record = (target: ts.Identifier, write: Write) => {
    const symbol = symbolOf(target);
    if (!symbol) return false;
    if (!isOuter(symbol)) return true; // a variable of one turn: anything goes
    writes.set(symbol, [...(writes.get(symbol) ?? []), write]);
    return true;
  };
  // Names declared in the loop (its variable, the body's own declarations) belong to one turn.
  const collect = (node: ts.Node): void => {
    if ((ts.isVariableDeclaration(node) || ts.isBindingElement(node)) && ts.isIdentifier(node.name)) {
      const symbol = symbolOf(node.name);
      if (symbol) declaredInside.add(symbol);
    }
    ts.forEachChild(node, collect);
  };
  collect(loop.initializer);
  collect(loop.statement);

  const expression = (node: ts.Expression): void => {
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n)) reads.push(n);
      else if (ts.isFunctionLike(n)) reads.push(...identifiersIn(n));
      else ts.forEachChild(n, visit);
    };
    visit(node);
  };

  const statement = (node: ts.Statement): boolean => {
    if (ts.isBlock(node)) return node.statements.every(statement);
    if (ts.isEmptyStatement(node) || ts.isContinueStatement(node))
      return !ts.isContinueStatement(node) || !node.label;
    if (ts.isVariableStatement(node)) {
      for (const d of node.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) && d.initializer === undefined) return false;
        if (d.initializer) expression(d.initializer);
      }
      return true;
    }
    if (ts.isIfStatement(node)) {
      expression(node.expression);
      return statement(node.thenStatement) && (!node.elseStatement || statement(node.elseStatement));
    }
    if (ts.isExpressionStatement(node)) return change(skipTypeWrappers(node.expression));
    return false;
  };

  const change = (node: ts.Expression): boolean => {
    if (
      (ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
    ) {
      const target = skipTypeWrappers(node.operand);
      if (!ts.isIdentifier(target)) return false;
      if (!isOuter(symbolOf(target))) return true;
      return isInt(target, ctx) && record(target, { kind: "count" });
    }
    if (!ts.isBinaryExpression(node)) return false;
    const operator = node.operatorToken.kind;
    const target = skipTypeWrappers(node.left);
    if (ts.isIdentifier(target)) {
      expression(node.right);
      const symbol = symbolOf(target);
      if (!isOuter(symbol)) {
        if (operator !== ts.SyntaxKind.EqualsToken) reads.push(target);
        return true;
      }
      switch (operator) {
        case ts.SyntaxKind.PlusEqualsToken:
        case ts.SyntaxKind.MinusEqualsToken:
          return isInt(target, ctx) && isInt(node.right, ctx) && record(target, { kind: "count" });
        case ts.SyntaxKind.BarBarEqualsToken:
        case ts.SyntaxKind.AmpersandAmpersandEqualsToken:
          return isBooleanType(ctx.typeOf(target)) && record(target, { kind: "boolean-or-and" });
        case ts.SyntaxKind.EqualsToken: {
          const literal = literalText(node.right);
          return literal !== undefined && record(target, { kind: "flag", literal });
        }
        default:
          return false;
      }
    }
    if (operator !== ts.SyntaxKind.EqualsToken) return false;
    // o[k] = e / o.k = e on a variable declared outside the loop.
    if (!ts.isElementAccessExpression(target) && !ts.isPropertyAccessExpression(target)) return false;
    const object = skipTypeWrappers(target.expression);
    if (!ts.isIdentifier(object)) return false;
    if (!isOuter(symbolOf(object))) {
      reads.push(object);
      if (ts.isElementAccessExpression(target)) expression(target.argumentExpression);
      expression(node.right);
      return true;
    }
    const index = ts.isElementAccessExpression(target)
      ? skipTypeWrappers(target.argumentExpression)
      : undefined;
    const literal = literalText(node.right);
    if (index) expression(index);
    if (key && index && ts.isIdentifier(index) && symbolOf(index) === key) {
      expression(node.right);
      return record(object, { kind: "at-key" });
    }
    return literal !== undefined && record(object, { kind: "at-any-key", literal });
  };

  if (!statement(loop.statement)) return false;
  // Each variable changes in one way only, and a flag or a key set always gets the same literal.
  for (const list of writes.values()) {
    const first = list[0]!;
    const same = list.every(
      (w) =>
        w.kind === first.kind && (!("literal" in w) || w.literal === (first as { literal: string }).literal),
    );
    if (!same) return false;
  }
  // Nothing reads what the loop changes (the changes themselves are not reads).
  return !reads.some((r) => {
    const symbol = symbolOf(r);
    return symbol !== undefined && writes.has(symbol);
  });
}

/** The symbol of a `for (const k of Object.keys(o))` / `for (const [k, v] of Object.entries(o))` key, if any. */
function loopKey(loop: ts.ForOfStatement, ctx: TransformContext): ts.Symbol | undefined {
  const list = loop.initializer;
  if (!ts.isVariableDeclarationList(list)) return undefined;
  const declaration = list.declarations[0];
  const iterable = skipTypeWrappers(loop.expression);
  if (!declaration || !ts.isCallExpression(iterable) || !ts.isPropertyAccessExpression(iterable.expression))
    return undefined;
  const method = iterable.expression.name.text;
  let name: ts.Node | undefined;
  if (method === "keys" && ts.isIdentifier(declaration.name)) name = declaration.name;
  if (method === "entries" && ts.isArrayBindingPattern(declaration.name)) {
    const first = declaration.name.elements[0];
    if (first && ts.isBindingElement(first) && ts.isIdentifier(first.name)) name = first.name;
  }
  return name ? ctx.checker.getSymbolAtLocation(name) : undefined;
}

function isInt(node: ts.Expression, ctx: TransformContext): boolean {
  return ctx.numbers.of(node) === "int";
}

function literalText(node: ts.Expression): string | undefined {
  const inner = skipTypeWrappers(node);
  if (
    inner.kind === ts.SyntaxKind.TrueKeyword ||
    inner.kind === ts.SyntaxKind.FalseKeyword ||
    inner.kind === ts.SyntaxKind.NullKeyword ||
    ts.isNumericLiteral(inner) ||
    ts.isStringLiteral(inner)
  ) {
    return `${inner.kind}:${inner.getText()}`;
  }
  return undefined;
}

function identifiersIn(node: ts.Node): ts.Identifier[] {
  const found: ts.Identifier[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) found.push(n);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}
