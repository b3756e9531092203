// JSON.stringify and JSON.parse. Nix's toJSON sorts object keys while JS keeps insertion order, so stringify is
// refused for values whose key order the compiler cannot prove sorted (see jsonKeyOrderProblem).
import { ts } from "ts-morph";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import "../runtime/json-helpers.js";
import { isArrayLikeType, isObjectPart, typeParts } from "../type-queries.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { expectArguments } from "./arguments.js";
import type { GlobalTable } from "./lowering-types.js";

/** Why the key order of `node`'s JSON may differ from JS's, or undefined when it cannot. */
function jsonKeyOrderProblem(node: ts.Expression, ctx: TransformContext): string | undefined {
  const inner = skipTypeWrappers(node);
  if (ts.isObjectLiteralExpression(inner)) {
    const keys: string[] = [];
    for (const member of inner.properties) {
      if (!ts.isPropertyAssignment(member) && !ts.isShorthandPropertyAssignment(member))
        return "an object with spreads or methods";
      const name = member.name;
      if (!(ts.isIdentifier(name) || ts.isStringLiteral(name))) return "an object with computed keys";
      keys.push(name.text);
      const value = ts.isPropertyAssignment(member) ? member.initializer : member.name;
      const problem = jsonKeyOrderProblem(value, ctx);
      if (problem) return problem;
    }
    const sorted = [...keys].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1));
    return keys.every((k, i) => k === sorted[i]) && !keys.some((k) => /^\d+$/.test(k))
      ? undefined
      : "an object whose keys are not in sorted order";
  }
  if (ts.isArrayLiteralExpression(inner)) {
    for (const element of inner.elements) {
      const problem = ts.isSpreadElement(element)
        ? typeProblem(ctx.typeOf(element.expression), ctx)
        : jsonKeyOrderProblem(element, ctx);
      if (problem) return problem;
    }
    return undefined;
  }
  return typeProblem(ctx.typeOf(node), ctx);
}

/** By type alone: objects with more than one possible key have an order the compiler cannot see. */
function typeProblem(type: ts.Type, ctx: TransformContext, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  for (const part of typeParts(type)) {
    if (isArrayLikeType(ctx.checker, part)) {
      const element = part.getNumberIndexType();
      const problem = element && typeProblem(element, ctx, depth + 1);
      if (problem) return problem;
    } else if (isObjectPart(ctx.checker, part)) {
      if (part.getCallSignatures().length > 0) return "a function";
      if (part.getStringIndexType() || part.getProperties().length > 1) return `'${ctx.typeText(part)}'`;
      for (const property of part.getProperties()) {
        const problem = typeProblem(ctx.checker.getTypeOfSymbol(property), ctx, depth + 1);
        if (problem) return problem;
      }
    }
  }
  return undefined;
}

export const jsonFunctions: GlobalTable = {
  stringify: (call, ctx) => {
    if (!expectArguments(call, 1, 1, ctx)) return nix.NULL;
    const argument = call.arguments[0]!;
    const problem = jsonKeyOrderProblem(argument, ctx);
    if (problem) return ctx.fail(argument, Diagnostics.jsonKeyOrder(problem));
    return nix.apply(ctx.helpers.use("jsJsonStringify"), ctx.lower(argument));
  },
  parse: (call, ctx) => {
    if (!expectArguments(call, 1, 1, ctx)) return nix.NULL;
    return nix.callBuiltin("fromJSON", ctx.lower(call.arguments[0]!));
  },
};
