// Object.keys/values/entries list keys in insertion order in JS, but Nix's attrNames sorts them. The result is
// exact where the order cannot be observed: this decides that by looking at how the array is consumed.
import { ts } from "../../typescript.js";
import type { TransformContext } from "../context.js";
import { comesFromModuleArguments } from "../modules/nix-values.js";
import { loopOrderIsUnobservable } from "../statements/unordered-loops.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { constInitializer, knownString } from "./arguments.js";
import { globalMember } from "./globals.js";

/** Array methods that keep the order-independence of their receiver for their result (or end it harmlessly). */
const ORDER_PRESERVING = new Set(["map", "filter", "flatMap"]);
/** Consumers whose result does not depend on the order of the array, given a callback of the element alone. */
const ORDER_INSENSITIVE = new Set(["some", "every"]);

/**
 * Can the order of the array produced by `call` be observed? False when it is only sorted (string sort of keys),
 * measured, searched, spread into Math.min/max, or turned back into an object with the keys it came with.
 */
export function orderIsObservable(call: ts.CallExpression, ctx: TransformContext): boolean {
  let node: ts.Expression = call;
  for (;;) {
    const parent = skipParens(node).parent;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === skipParens(node)) {
      const member = parent.name.text;
      const invoked = ts.isCallExpression(parent.parent) && parent.parent.expression === parent;
      if (member === "length" && !invoked) return false;
      if (!invoked) return true;
      const next = parent.parent as ts.CallExpression;
      if (member === "includes") return false;
      if ((member === "sort" || member === "toSorted") && next.arguments.length === 0) return false;
      // A callback that may read the index (or the array) sees the order, whatever the method does with it.
      if (!elementOnlyCallback(next.arguments[0])) return true;
      if (ORDER_INSENSITIVE.has(member)) return false;
      if (ORDER_PRESERVING.has(member)) {
        node = next;
        continue;
      }
      return true;
    }
    // A for … of whose body does nothing that depends on the order of its turns.
    if (ts.isForOfStatement(parent) && parent.expression === skipParens(node)) {
      return !loopOrderIsUnobservable(parent, ctx);
    }
    if (ts.isSpreadElement(parent) && ts.isCallExpression(parent.parent)) {
      const callee = globalMember(parent.parent.expression, ctx);
      return !(callee && callee[0] === "Math" && (callee[1] === "min" || callee[1] === "max"));
    }
    if (ts.isCallExpression(parent) && parent.arguments[0] === skipParens(node)) {
      const callee = globalMember(parent.expression, ctx);
      if (callee && callee[0] === "Object" && callee[1] === "fromEntries") return !keysPreserved(call, node);
    }
    return true;
  }
}

function skipParens(node: ts.Expression): ts.Expression {
  let current: ts.Node = node;
  while (ts.isParenthesizedExpression(current.parent) || ts.isAsExpression(current.parent))
    current = current.parent;
  return current as ts.Expression;
}

/**
 * `Object.fromEntries(Object.entries(o)…)` is order-independent when every entry keeps its original key (keys stay
 * unique, so which duplicate wins never arises): only filters, and maps whose callback is `([k, …]) => [k, …]`.
 */
function keysPreserved(source: ts.CallExpression, end: ts.Expression): boolean {
  const sourceMember = ts.isPropertyAccessExpression(source.expression) ? source.expression.name.text : "";
  if (sourceMember !== "entries") return false;
  let node: ts.Expression = end;
  while (node !== source) {
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
    const member = node.expression.name.text;
    if (member === "map" && !mapKeepsKey(node.arguments[0])) return false;
    if (member !== "map" && member !== "filter") return false;
    if (!elementOnlyCallback(node.arguments[0])) return false;
    node = node.expression.expression;
    while (ts.isParenthesizedExpression(node)) node = node.expression;
  }
  return true;
}

/**
 * A function literal of at most one parameter: it cannot see the index or the array. A function passed by name
 * might, whatever its type says (a function of more parameters, optional ones, can hide behind that type).
 */
function elementOnlyCallback(callback: ts.Expression | undefined): boolean {
  const inner = callback && skipTypeWrappers(callback);
  return (
    inner !== undefined &&
    (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) &&
    inner.parameters.length <= 1
  );
}

function mapKeepsKey(callback: ts.Expression | undefined): boolean {
  if (!callback || !ts.isArrowFunction(callback) || callback.parameters.length !== 1) return false;
  const parameter = callback.parameters[0];
  if (!parameter || !ts.isArrayBindingPattern(parameter.name)) return false;
  const first = parameter.name.elements[0];
  if (!first || ts.isOmittedExpression(first) || !ts.isIdentifier(first.name)) return false;
  const key = first.name.text;
  const body = ts.isBlock(callback.body) ? undefined : callback.body;
  let inner = body;
  while (inner && (ts.isParenthesizedExpression(inner) || ts.isAsExpression(inner))) inner = inner.expression;
  return (
    inner !== undefined &&
    ts.isArrayLiteralExpression(inner) &&
    inner.elements.length === 2 &&
    ts.isIdentifier(inner.elements[0]!) &&
    inner.elements[0].text === key
  );
}

/**
 * How the keys of a value are ordered, for every value the expression may hold: `nix` when it is a fresh object
 * literal whose JS order (integer-like keys ascending, then insertion order) is Nix's byte order, `other` when it
 * is one whose order differs, `unknown` otherwise — an object type says nothing about order, since width subtyping
 * lets any value with more keys, in any order, stand for it.
 */
export type KeyOrder = "nix" | "other" | "unknown";

export function keyOrderOf(node: ts.Expression, ctx: TransformContext): KeyOrder {
  // A value NixOS passed a module exists only in Nix: its keys are in Nix's order, the only one it has.
  if (comesFromModuleArguments(node, ctx)) return "nix";
  const keys = literalKeys(node, ctx);
  if (!keys) return "unknown";
  const js = jsKeyOrder(keys);
  const nix = [...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return js.every((k, i) => k === nix[i]) ? "nix" : "other";
}

/** The keys a fresh object literal (maybe behind a const chain) has, in insertion order; undefined if not known. */
export function literalKeys(node: ts.Expression, ctx: TransformContext, depth = 0): string[] | undefined {
  const inner = skipTypeWrappers(node);
  const initializer = depth < 16 ? constInitializer(inner, ctx) : undefined;
  if (initializer) return literalKeys(initializer, ctx, depth + 1);
  if (!ts.isObjectLiteralExpression(inner)) return undefined;
  const keys: string[] = [];
  const add = (key: string) => {
    if (!keys.includes(key)) keys.push(key);
  };
  for (const member of inner.properties) {
    if (ts.isSpreadAssignment(member)) {
      const spread = literalKeys(member.expression, ctx, depth + 1);
      if (!spread) return undefined;
      spread.forEach(add);
    } else {
      const key = member.name && staticKeyText(member.name, ctx);
      if (key === undefined) return undefined;
      add(key);
    }
  }
  return keys;
}

function staticKeyText(name: ts.PropertyName, ctx: TransformContext): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name))
    return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text));
  if (ts.isComputedPropertyName(name)) return knownString(name.expression, ctx);
  return undefined;
}

/** JS's own-key order: array-index keys ascending, then the other strings in insertion order. */
export function jsKeyOrder(keys: readonly string[]): string[] {
  const isIndex = (k: string) => /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 2 ** 32 - 1;
  const indices = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return [...indices, ...keys.filter((k) => !isIndex(k))];
}
