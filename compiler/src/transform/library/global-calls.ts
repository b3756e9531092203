// Calls of JS globals: Math.*, Object.*, JSON.*, Array.*, Number.*, String(x).
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { globalMember, globalName } from "./globals.js";
import { mathFunctions } from "./math-functions.js";
import { objectFunctions } from "./object-functions.js";
import { jsonFunctions } from "./json-functions.js";
import { arrayStatics, conversionFunctions, numberStatics } from "./conversion-functions.js";

import type { GlobalTable } from "./lowering-types.js";

const namespaces: Readonly<Record<string, GlobalTable>> = {
  Math: mathFunctions,
  Object: objectFunctions,
  JSON: jsonFunctions,
  Array: arrayStatics,
  Number: numberStatics,
};

export function lowerGlobalCall(node: ts.CallExpression, ctx: TransformContext): Expr | undefined {
  const member = globalMember(node.expression, ctx);
  if (member) {
    const [owner, name] = member;
    const table = namespaces[owner];
    const lowering = table && Object.hasOwn(table, name) ? table[name] : undefined;
    if (!lowering) return ctx.fail(node.expression, Diagnostics.unsupportedMember(owner, name));
    return lowering(node, ctx);
  }
  const name = globalName(node.expression, ctx);
  if (name === undefined) return undefined;
  const lowering = Object.hasOwn(conversionFunctions, name) ? conversionFunctions[name] : undefined;
  if (!lowering) return ctx.fail(node.expression, Diagnostics.globalNotSupported(name));
  return lowering(node, ctx);
}
