// Which arrays nobody else can see, so that `.sort()` and `.reverse()` — which mutate in JavaScript — may be
// compiled to Nix's non-mutating forms: the mutation is invisible exactly when no other reference to the array
// exists. Fresh are array literals, the results of library calls that always build a new array, and a local
// `const` initialised with a fresh array that is read nowhere else, not exported, and read at most once for each
// time its declaration runs (not from inside a function or loop that may run more often).
import { ts } from "../../typescript.js";
import type { TransformContext } from "../context.js";
import { globalName } from "./globals.js";
import { isArrayLikeType, isStringType } from "../type-queries.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";

/** Array methods whose result is always a new array. */
const NEW_ARRAY_METHODS = new Set([
  "map",
  "filter",
  "slice",
  "concat",
  "flat",
  "flatMap",
  "toSorted",
  "toReversed",
  "toSpliced",
  "with",
]);
/** Methods that return their (mutated) receiver: fresh when the receiver is. */
const SAME_ARRAY_METHODS = new Set(["sort", "reverse"]);
const NEW_ARRAY_STATICS: Readonly<Record<string, ReadonlySet<string>>> = {
  Object: new Set(["keys", "values", "entries"]),
  Array: new Set(["from", "of"]),
};

export function isFreshArray(node: ts.Expression, ctx: TransformContext): boolean {
  const expression = skipTypeWrappers(node);
  if (ts.isArrayLiteralExpression(expression)) return true;
  if (ts.isCallExpression(expression)) return isFreshArrayCall(expression, ctx);
  if (ts.isIdentifier(expression)) return isUnsharedConst(expression, ctx);
  return false;
}

function isFreshArrayCall(call: ts.CallExpression, ctx: TransformContext): boolean {
  const callee = skipTypeWrappers(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.name)) return false;
  const method = callee.name.text;
  const receiver = skipTypeWrappers(callee.expression);
  const owner = globalName(receiver, ctx);
  if (owner !== undefined && NEW_ARRAY_STATICS[owner]?.has(method)) return true;
  const receiverType = ctx.checker.getNonNullableType(ctx.typeOf(receiver));
  if (method === "split") return isStringType(receiverType);
  if (!isArrayLikeType(ctx.checker, receiverType)) return false;
  if (NEW_ARRAY_METHODS.has(method)) return true;
  return SAME_ARRAY_METHODS.has(method) && isFreshArray(receiver, ctx);
}

/** A non-exported `const` with a fresh initializer whose only reference is `use`. */
function isUnsharedConst(use: ts.Identifier, ctx: TransformContext): boolean {
  const symbol = ctx.checker.getSymbolAtLocation(use);
  const declaration = symbol?.valueDeclaration;
  if (!symbol || !declaration || !ts.isVariableDeclaration(declaration)) return false;
  if (!ts.isIdentifier(declaration.name) || !declaration.initializer) return false;
  if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)) return false;
  if (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Export) return false;
  if (!isFreshArray(declaration.initializer, ctx)) return false;
  if (mayRunRepeatedly(use, declaration)) return false;
  return referencesOf(symbol, declaration, ctx).every((reference) => reference === use);
}

/**
 * Whether `use` sits in a function or loop nested inside the scope that declares the const: the one reference then
 * reads the same array on every call or iteration, and a second `.reverse()` sees the first one's result.
 */
function mayRunRepeatedly(use: ts.Node, declaration: ts.VariableDeclaration): boolean {
  const scope = declaration.parent.parent.parent; // declaration → list → statement → block or file
  for (let node = use.parent; node !== scope; node = node.parent) {
    if (!node || ts.isSourceFile(node)) return true; // not under the declaring scope: be safe
    if (ts.isFunctionLike(node) || ts.isIterationStatement(node, false)) return true;
  }
  return false;
}

/** Every identifier in the declaring file that reads `symbol` (shorthand members `{ xs }` included). */
function referencesOf(
  symbol: ts.Symbol,
  declaration: ts.VariableDeclaration,
  ctx: TransformContext,
): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node !== declaration.name && node.text === symbol.name) {
      const parent = node.parent;
      const target =
        ts.isShorthandPropertyAssignment(parent) && parent.name === node
          ? ctx.checker.getShorthandAssignmentValueSymbol(parent)
          : ctx.checker.getSymbolAtLocation(node);
      const resolved =
        target && target.flags & ts.SymbolFlags.Alias ? ctx.checker.getAliasedSymbol(target) : target;
      if (resolved === symbol) found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(declaration.getSourceFile());
  return found;
}
