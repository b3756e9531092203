// In-place changes of a local array as statements: `xs.push(a, ...ys)` is `xs ++ [ a ] ++ ys`, `unshift` prepends,
// `pop`/`shift` drop an end, `splice`, `sort` and `reverse` build the changed list.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { lowerIndexArgument } from "../library/arguments.js";
import { lowerSort } from "../library/array-sort.js";
import "../runtime/loop-helpers.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { ownerOf, setVariable } from "./assignments.js";

/** `xs.push(a, ...ys)`, `xs.unshift(a)`, `xs.pop()`, `xs.shift()`, `xs.splice(…)`, `xs.sort(…)`, `xs.reverse()`. */
export function lowerMutatingCall(call: ts.CallExpression, ctx: TransformContext): Binding[] {
  const callee = skipTypeWrappers(call.expression) as ts.PropertyAccessExpression;
  const method = callee.name.text;
  if (!ts.isIdentifier(skipTypeWrappers(callee.expression))) {
    ctx.report(call, Diagnostics.mutatingMethod(method, INSTEAD[method] ?? "slice"));
    return [];
  }
  const owner = ownerOf(callee.expression, call, ctx);
  if (!owner) return [];
  const list = ctx.lower(owner);
  const value = mutatedList(call, method, list, ctx);
  return value ? setVariable(owner, value, ctx) : [];
}

const INSTEAD: Readonly<Record<string, string>> = {
  push: "concat",
  unshift: "concat",
  pop: "slice",
  shift: "slice",
  splice: "toSpliced",
  sort: "toSorted",
  reverse: "toReversed",
  fill: "map",
  copyWithin: "slice",
};

function mutatedList(
  call: ts.CallExpression,
  method: string,
  list: Expr,
  ctx: TransformContext,
): Expr | undefined {
  switch (method) {
    case "push":
      return call.arguments.length === 0 ? list : concatenate(list, argumentList(call, ctx));
    case "unshift":
      return call.arguments.length === 0 ? list : concatenate(argumentList(call, ctx), list);
    case "pop":
      return nix.apply(ctx.helpers.use("jsSlice"), nix.int(0), nix.int(-1), list);
    case "shift":
      return nix.apply(ctx.helpers.use("jsDrop"), nix.int(1), list);
    case "splice":
      return lowerSplice(call, list, ctx);
    case "sort":
      return lowerSort(call, list, ctx);
    case "reverse":
      return nix.apply(ctx.helpers.use("jsReverse"), list);
    default:
      ctx.report(call, Diagnostics.mutatingMethod(method, INSTEAD[method] ?? "slice"));
      return undefined;
  }
}

/** `a ++ b`, where an empty list literal on either side is left out. */
export function concatenate(left: Expr, right: Expr): Expr {
  if (left.kind === "list" && left.items.length === 0) return right;
  if (right.kind === "list" && right.items.length === 0) return left;
  if (left.kind === "list" && right.kind === "list") return nix.list([...left.items, ...right.items]);
  return nix.binop("++", left, right);
}

/** The arguments of push/unshift as one list: `[ a b ]`, with spread arguments concatenated in. */
function argumentList(call: ts.CallExpression, ctx: TransformContext): Expr {
  const parts: Expr[] = [];
  let items: Expr[] = [];
  for (const argument of call.arguments) {
    if (ts.isSpreadElement(argument)) {
      if (items.length > 0) parts.push(nix.list(items));
      items = [];
      parts.push(ctx.lower(argument.expression));
    } else {
      items.push(ctx.lower(argument));
    }
  }
  if (items.length > 0) parts.push(nix.list(items));
  return parts.reduceRight((right, left) => concatenate(left, right));
}

/** `xs.splice(start, count, ...items)`: remove `count` elements at `start` (JS's index rules) and insert `items`. */
function lowerSplice(call: ts.CallExpression, list: Expr, ctx: TransformContext): Expr | undefined {
  if (call.arguments.length === 0) return list;
  if (call.arguments.some(ts.isSpreadElement)) {
    ctx.report(call, Diagnostics.spreadArgumentNotSupported());
    return undefined;
  }
  const start = lowerIndexArgument(call, 0, ctx);
  const count = call.arguments.length > 1 ? lowerIndexArgument(call, 1, ctx) : nix.NULL;
  const items = nix.list(call.arguments.slice(2).map((a) => ctx.lower(a)));
  return nix.apply(ctx.helpers.use("jsSplice"), start, count, items, list);
}
