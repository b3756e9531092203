// Object.keys/values/entries list keys in insertion order in JS, but Nix's attrNames sorts them. The result is
// exact where the order cannot be observed: this decides that by looking at how the array is consumed.
import { ts } from "ts-morph";
import type { TransformContext } from "../context.js";
import { globalMember } from "./globals.js";

/** Array methods that keep the order-independence of their receiver for their result (or end it harmlessly). */
const ORDER_PRESERVING = new Set(["map", "filter", "flatMap"]);
/** Consumers whose result does not depend on the order of the array. */
const ORDER_INSENSITIVE = new Set(["length", "includes", "some", "every"]);

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
      if (ORDER_INSENSITIVE.has(member)) return false;
      if ((member === "sort" || member === "toSorted") && next.arguments.length === 0) return false;
      if (ORDER_PRESERVING.has(member)) {
        node = next;
        continue;
      }
      return true;
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
    node = node.expression.expression;
    while (ts.isParenthesizedExpression(node)) node = node.expression;
  }
  return true;
}

function mapKeepsKey(callback: ts.Expression | undefined): boolean {
  if (!callback || !ts.isArrowFunction(callback)) return false;
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
