// For arrays and objects changed in place: which values are made fresh (nobody else can refer to them), and which
// reads of a variable only look at its array or object at that moment without keeping a reference to it (`xs.length`,
// `xs[i]`, `[...xs]`, `xs.map(f)`, `for (const x of xs)`). Any other read may keep the array or object itself, and
// would then see later changes in JavaScript.
import { ts } from "../../typescript.js";
import type { TransformContext } from "../context.js";
import { isFreshArray } from "../library/fresh-arrays.js";
import { globalMember, globalName } from "../library/globals.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";

/** Globals that read their argument without keeping it (`Object.freeze` returns it, so it is not here). */
const COPYING_GLOBALS = new Set([
  "Object.keys",
  "Object.values",
  "Object.entries",
  "Object.fromEntries",
  "JSON.stringify",
  "Array.from",
  "Array.isArray",
]);
const COPYING_FUNCTIONS = new Set(["String", "Boolean", "Number"]);
/** Array callbacks receive the array itself as this parameter (reduce: one later). */
const ARRAY_PARAMETER: Readonly<Record<string, number>> = { reduce: 3, reduceRight: 3 };

/** Is `node` a newly made array or object that nothing else refers to? */
export function isFreshValue(node: ts.Expression, ctx: TransformContext): boolean {
  const inner = skipTypeWrappers(node);
  if (ts.isObjectLiteralExpression(inner) || ts.isArrayLiteralExpression(inner)) return true;
  if (ts.isConditionalExpression(inner))
    return isFreshValue(inner.whenTrue, ctx) && isFreshValue(inner.whenFalse, ctx);
  if (ts.isCallExpression(inner)) {
    const member = globalMember(inner.expression, ctx)?.join(".");
    if (member === "Object.fromEntries" || member === "JSON.parse") return true;
    if (member === "Object.assign") {
      const target = inner.arguments[0] && skipTypeWrappers(inner.arguments[0]);
      return target !== undefined && ts.isObjectLiteralExpression(target);
    }
  }
  // A name is never fresh here, even one read nowhere else: the function reading it may run more than once.
  let receiver: ts.Expression = inner;
  while (ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression))
    receiver = skipTypeWrappers(receiver.expression.expression);
  if (ts.isIdentifier(receiver) && inner !== receiver && !isNewArrayCall(inner)) return false;
  return !ts.isIdentifier(inner) && isFreshArray(inner, ctx);
}

/** `xs.map(…)`, `xs.slice()`…: a call whose result is a new array whatever its receiver (not sort/reverse). */
function isNewArrayCall(node: ts.Expression): boolean {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    !["sort", "reverse"].includes(node.expression.name.text)
  );
}

/** Does this read of a variable only look at its array or object now, without keeping a reference to it? */
export function isTransientRead(read: ts.Identifier, ctx: TransformContext): boolean {
  let node: ts.Expression = read;
  while (isTypeWrapper(node.parent) && node.parent.expression === node) node = node.parent;
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node) {
    const call = parent.parent;
    if (ts.isCallExpression(call) && call.expression === parent)
      return !passesArray(call, parent.name.text, ctx);
    return true; // `xs.length`, `o.k`: a member, not the value itself
  }
  if (ts.isElementAccessExpression(parent)) return parent.expression === node;
  if (ts.isSpreadElement(parent) || ts.isSpreadAssignment(parent) || ts.isTemplateSpan(parent)) return true;
  if (ts.isForOfStatement(parent)) return parent.expression === node;
  if (ts.isTypeOfExpression(parent)) return true;
  if (ts.isPrefixUnaryExpression(parent)) return parent.operator === ts.SyntaxKind.ExclamationToken;
  if (ts.isBinaryExpression(parent)) return isComparison(parent.operatorToken.kind);
  if (ts.isIfStatement(parent) || ts.isWhileStatement(parent) || ts.isDoStatement(parent))
    return parent.expression === node;
  if (ts.isConditionalExpression(parent)) return parent.condition === node;
  if (ts.isNewExpression(parent)) return globalName(parent.expression, ctx) === "Set";
  if (ts.isCallExpression(parent) && parent.expression !== node) {
    const member = globalMember(parent.expression, ctx)?.join(".");
    if (member !== undefined) return COPYING_GLOBALS.has(member);
    const name = globalName(parent.expression, ctx);
    return name !== undefined && COPYING_FUNCTIONS.has(name);
  }
  return false;
}

function isTypeWrapper(
  node: ts.Node,
): node is ts.ParenthesizedExpression | ts.AsExpression | ts.NonNullExpression {
  return (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isSatisfiesExpression(node)
  );
}

function isComparison(kind: ts.SyntaxKind): boolean {
  const K = ts.SyntaxKind;
  return (
    kind === K.EqualsEqualsEqualsToken ||
    kind === K.ExclamationEqualsEqualsToken ||
    kind === K.EqualsEqualsToken ||
    kind === K.ExclamationEqualsToken ||
    kind === K.InKeyword
  );
}

/** Does a method call hand the receiver itself to a callback (`xs.map((x, i, all) => …)`)? */
function passesArray(call: ts.CallExpression, method: string, ctx: TransformContext): boolean {
  const position = ARRAY_PARAMETER[method] ?? 2;
  return call.arguments.some((argument) => {
    const fn = skipTypeWrappers(argument);
    if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) return fn.parameters.length > position;
    const signatures = ctx.typeOf(argument).getCallSignatures();
    return signatures.some((signature) => signature.parameters.length > position);
  });
}
