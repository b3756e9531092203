// Where the key order of a JSON.stringify argument is known and where it is open. JS writes keys in insertion
// order, Nix's toJSON sorts them. Fresh object literals say their order (keyOrderOf); any other object may hold
// more keys than its type names, in any order — width subtyping, `any`, generics — so its parts are checked when
// evaluated to hold at most one key per object, unless the type already shows several keys (refused now).
import { ts } from "../../typescript.js";
import type { TransformContext } from "../context.js";
import { admitsAnyKind, isArrayLikeType, isObjectPart, typeParts } from "../type-queries.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { constInitializer } from "./arguments.js";
import { keyOrderOf } from "./key-order.js";

/** One step from the argument's value to a part of it: a member of an object literal or an element of an array. */
export type JsonStep = { readonly member: string } | { readonly element: number };

export type JsonOrder =
  /** Why the JSON cannot be JS's: a `function` (JS leaves it out) or keys in an unknown or different `order`. */
  | { readonly problem: string; readonly reason: "order" | "function" }
  /** Paths to the parts whose objects must have at most one key each (checked deeply when evaluated). */
  | { readonly open: readonly (readonly JsonStep[])[] };

const MAX_DEPTH = 16;
const FUNCTION = "a function";

export function jsonOrderOf(node: ts.Expression, ctx: TransformContext): JsonOrder {
  const open: JsonStep[][] = [];
  const problem = walk(node, [], open, ctx, 0);
  if (problem === undefined) return { open };
  return { problem, reason: problem === FUNCTION ? "function" : "order" };
}

function walk(
  node: ts.Expression,
  path: readonly JsonStep[],
  open: JsonStep[][],
  ctx: TransformContext,
  depth: number,
): string | undefined {
  const inner = skipTypeWrappers(node);
  const initializer = depth < MAX_DEPTH ? constInitializer(inner, ctx) : undefined;
  if (initializer) return walk(initializer, path, open, ctx, depth + 1);
  if (ts.isObjectLiteralExpression(inner)) return walkObject(inner, path, open, ctx, depth);
  if (ts.isArrayLiteralExpression(inner)) {
    if (inner.elements.some(ts.isSpreadElement)) return byType(ctx.typeOf(inner), path, open, ctx);
    for (const [index, element] of inner.elements.entries()) {
      const problem = walk(element, [...path, { element: index }], open, ctx, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  if (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) return FUNCTION;
  return byType(ctx.typeOf(node), path, open, ctx);
}

function walkObject(
  node: ts.ObjectLiteralExpression,
  path: readonly JsonStep[],
  open: JsonStep[][],
  ctx: TransformContext,
  depth: number,
): string | undefined {
  for (const member of node.properties) {
    if (!ts.isPropertyAssignment(member) && !ts.isShorthandPropertyAssignment(member))
      return "an object with spreads or methods";
  }
  const order = keyOrderOf(node, ctx);
  if (order === "unknown") return "an object with computed keys";
  if (order === "other") return "an object whose keys are not in sorted order";
  for (const member of node.properties as ts.NodeArray<
    ts.PropertyAssignment | ts.ShorthandPropertyAssignment
  >) {
    const value = ts.isPropertyAssignment(member) ? member.initializer : member.name;
    const name = ts.isComputedPropertyName(member.name) ? undefined : member.name.text;
    const key = name !== undefined && ts.isNumericLiteral(member.name) ? String(Number(name)) : name;
    if (key === undefined) return "an object with computed keys";
    const problem = walk(value, [...path, { member: key }], open, ctx, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/** A part known only by its type: closed when it holds no objects, open or refused otherwise. */
function byType(
  type: ts.Type,
  path: readonly JsonStep[],
  open: JsonStep[][],
  ctx: TransformContext,
): string | undefined {
  const verdict = typeVerdict(type, ctx, 0);
  if (verdict === "open") open.push([...path]);
  return verdict === "open" || verdict === "closed" ? undefined : verdict;
}

/** `closed`: no objects inside; `open`: objects whose key order must be checked; otherwise why it is refused. */
function typeVerdict(type: ts.Type, ctx: TransformContext, depth: number): string {
  if (depth > 8) return "open";
  let verdict = "closed";
  for (const part of typeParts(type)) {
    let partVerdict = "closed";
    if (admitsAnyKind(part)) partVerdict = "open";
    else if (isArrayLikeType(ctx.checker, part)) {
      const element = part.getNumberIndexType();
      partVerdict = element ? typeVerdict(element, ctx, depth + 1) : "open";
    } else if (isObjectPart(ctx.checker, part)) {
      if (part.getCallSignatures().length > 0) return FUNCTION;
      if (part.getStringIndexType() || part.getProperties().length > 1) return `'${ctx.typeText(part)}'`;
      partVerdict = "open";
      for (const property of part.getProperties()) {
        const inner = typeVerdict(ctx.checker.getTypeOfSymbol(property), ctx, depth + 1);
        if (inner !== "open" && inner !== "closed") return inner;
      }
    }
    if (partVerdict !== "open" && partVerdict !== "closed") return partVerdict;
    if (partVerdict === "open") verdict = "open";
  }
  return verdict;
}
