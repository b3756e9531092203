// Where a file changes variables: assignments and `++`/`--` (which give a variable a new value), and in-place
// changes of the array or object a variable holds (`xs.push(…)`, `o[k] = v`, `delete o.k`). Found syntactically,
// once per file, for every variable — the soundness analysis needs all of them, also the ones lowering refuses.
import { ts } from "../../typescript.js";
import { isArrayLikeType } from "../type-queries.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";

/** Array methods that change their receiver. */
export const MUTATING_ARRAY_METHODS: ReadonlySet<string> = new Set([
  "push",
  "pop",
  "shift",
  "unshift",
  "splice",
  "sort",
  "reverse",
  "fill",
  "copyWithin",
]);

export type WriteKind =
  /** The variable gets a new value: `x = e`, `x += e`, `x++`, `[a, b] = …`, `for (x of …)`. */
  | "assign"
  /** The array or object the variable holds changes: `xs.push(e)`, `o.k = v`, `o[k] += 1`, `delete o[k]`. */
  | "mutate"
  /** Something inside that array or object changes: `o.a.b = 1`, `xs[0].push(1)`. */
  | "mutate-nested";

export interface LocalWrite {
  readonly kind: WriteKind;
  /** The assignment, update, call or `delete` expression (or the loop) that writes. */
  readonly node: ts.Node;
  /** The identifier naming the variable written. */
  readonly target: ts.Identifier;
}

/** Every write in `root`, in source order. */
export function collectWrites(root: ts.Node, checker: ts.TypeChecker): LocalWrite[] {
  const writes: LocalWrite[] = [];
  const visit = (node: ts.Node): void => {
    writes.push(...writesAt(node, checker));
    ts.forEachChild(node, visit);
  };
  visit(root);
  return writes;
}

/** The writes `node` itself performs (not those of its children). */
export function writesAt(node: ts.Node, checker: ts.TypeChecker): LocalWrite[] {
  if (ts.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind)) {
    return targetWrites(node.left, node);
  }
  if (
    (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
    (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
  ) {
    return targetWrites(node.operand, node);
  }
  if (ts.isDeleteExpression(node)) return targetWrites(node.expression, node);
  // A mutating call whose result is used is no change tsnix lowers: refused, or accepted on an array nobody else
  // can see (fresh-arrays.ts), so it does not make its receiver a changing variable.
  if (ts.isCallExpression(node) && ts.isExpressionStatement(node.parent)) {
    const callee = skipTypeWrappers(node.expression);
    if (ts.isPropertyAccessExpression(callee) && isMutatingArrayCall(callee, checker)) {
      return memberWrite(callee.expression, node, "mutate");
    }
  }
  if (
    (ts.isForOfStatement(node) || ts.isForInStatement(node)) &&
    !ts.isVariableDeclarationList(node.initializer)
  )
    return targetWrites(node.initializer, node);
  return [];
}

/** `xs.push` and friends on an array (a user object's own `push` method is an ordinary call). */
export function isMutatingArrayCall(callee: ts.PropertyAccessExpression, checker: ts.TypeChecker): boolean {
  if (!MUTATING_ARRAY_METHODS.has(callee.name.text)) return false;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(callee.expression));
  return isArrayLikeType(checker, type);
}

export function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/** Writes through an assignment target: a name, a member of a name, or a destructuring pattern. */
function targetWrites(target: ts.Expression, node: ts.Node): LocalWrite[] {
  const inner = skipTypeWrappers(target);
  if (ts.isIdentifier(inner)) return [{ kind: "assign", node, target: inner }];
  if (ts.isPropertyAccessExpression(inner) || ts.isElementAccessExpression(inner)) {
    return memberWrite(inner.expression, node, "mutate");
  }
  if (ts.isArrayLiteralExpression(inner)) {
    return inner.elements.flatMap((element) =>
      ts.isOmittedExpression(element)
        ? []
        : targetWrites(ts.isSpreadElement(element) ? element.expression : element, node),
    );
  }
  if (ts.isObjectLiteralExpression(inner)) {
    return inner.properties.flatMap((property) => {
      if (ts.isShorthandPropertyAssignment(property))
        return [{ kind: "assign", node, target: property.name }];
      if (ts.isPropertyAssignment(property)) return targetWrites(property.initializer, node);
      if (ts.isSpreadAssignment(property)) return targetWrites(property.expression, node);
      return [];
    });
  }
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return targetWrites(inner.left, node); // a default in a destructuring target: `[a = 1] = …`
  }
  return [];
}

/** A change inside the value of `object`: direct when `object` is a name, nested when it is a member of one. */
function memberWrite(object: ts.Expression, node: ts.Node, kind: "mutate"): LocalWrite[] {
  let inner = skipTypeWrappers(object);
  if (ts.isIdentifier(inner)) return [{ kind, node, target: inner }];
  while (ts.isPropertyAccessExpression(inner) || ts.isElementAccessExpression(inner))
    inner = skipTypeWrappers(inner.expression);
  return ts.isIdentifier(inner) ? [{ kind: "mutate-nested", node, target: inner }] : [];
}
