// `"key" in obj` → `obj ? key`. JS also finds inherited members (`"toString" in {}`), so keys that name
// Object.prototype members and computed keys are refused: Object.hasOwn(obj, key) says what is meant exactly.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import { OBJECT_PROTOTYPE_NAMES } from "../../nix/magic-names.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { checkPresenceTest } from "../library/object-functions.js";
import { isAnyReceiver, lowerAnyHasKey } from "./any-members.js";
import { skipTypeWrappers } from "./type-erasure.js";

export const OBJECT_PROTOTYPE_MEMBERS: ReadonlySet<string> = new Set(OBJECT_PROTOTYPE_NAMES);

export function lowerInOperator(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  const key = skipTypeWrappers(node.left);
  if (!ts.isStringLiteral(key) || OBJECT_PROTOTYPE_MEMBERS.has(key.text)) {
    return ctx.fail(
      node,
      Diagnostics.operatorNotSupported(
        "in",
        "also finds inherited members in JavaScript; use Object.hasOwn(obj, key).",
      ),
    );
  }
  if (isAnyReceiver(node.right, ctx)) return lowerAnyHasKey(key, key.text, ctx.lower(node.right), ctx);
  if (!checkPresenceTest(node.right, key, ctx)) return nix.NULL;
  return nix.hasAttr(ctx.lower(node.right), key.text);
}
