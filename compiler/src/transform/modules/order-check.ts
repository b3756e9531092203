// mkOrder, mkBefore and mkAfter around a submodule's value: the module system sorts ordered definitions and leaves
// their priority beside them, which lib's submodule merge refuses (`called with unexpected argument 'priority'`).
// TypeScript cannot refuse it without losing what mkIf wraps (see `Unordered` in stdlib/src/definitions.ts), so the
// compiler does: where the option's value is expected (outside any mk* around the call) only submodule values are
// sets, and the call wraps a set.
import { ts } from "../../typescript.js";
import type { TransformContext } from "../context.js";
import { libraryValuePath } from "./library-values.js";

const WRAPPERS = new Set(["mkIf", "mkMerge", "mkOverride", "mkDefault", "mkForce", "mkOptionDefault"]);

/** Whether the order call `call` (its content the last argument) wraps a submodule's value. */
export function ordersSubmoduleValue(call: ts.CallExpression, ctx: TransformContext): boolean {
  const content = call.arguments[call.arguments.length - 1];
  if (!content || !isSet(ctx.checker.getTypeAtLocation(content), ctx.checker)) return false;
  const expected = ctx.checker.getContextualType(outermostWrapper(call, ctx));
  if (!expected) return false;
  const members = expected.isUnion() ? expected.types : [expected];
  const sets = members.filter((m) => !m.getProperty("_type") && isSet(m, ctx.checker));
  return sets.length > 0 && sets.every(isSubmoduleValue);
}

/** The call, or the mk* calls around it (`mkMerge([mkIf(c, mkAfter(x))])`): they all wrap one option's value. */
function outermostWrapper(call: ts.CallExpression, ctx: TransformContext): ts.Expression {
  let node: ts.Expression = call;
  for (;;) {
    const holder = ts.isArrayLiteralExpression(node.parent) ? node.parent.parent : node.parent;
    const path = ts.isCallExpression(holder) ? libraryValuePath(holder.expression, ctx) : undefined;
    if (!path || path.length !== 1 || !WRAPPERS.has(path[0]!)) return node;
    node = holder as ts.CallExpression;
  }
}

/** An attribute set's type: an object type (or an intersection of them), not an array or a function. */
function isSet(type: ts.Type, checker: ts.TypeChecker): boolean {
  const objects = ts.TypeFlags.Object | ts.TypeFlags.Intersection;
  return (
    (type.flags & objects) !== 0 && !checker.isArrayLikeType(type) && type.getCallSignatures().length === 0
  );
}

/** A submodule's definition type carries the library's `unordered` mark. */
function isSubmoduleValue(type: ts.Type): boolean {
  return type.getProperties().some((p) => String(p.escapedName).startsWith("__@unordered@"));
}
