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
function jsonKeyOrderProblem(node: ts.Expression, ctx: TransformContext, depth = 0): string | undefined {
  const inner = skipTypeWrappers(node);
  const initializer = constInitializer(inner, ctx);
  if (initializer && depth < 16) return jsonKeyOrderProblem(initializer, ctx, depth + 1);
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
    const fractional = fractionalNumber(argument, ctx);
    if (fractional) return ctx.fail(fractional, Diagnostics.floatToString());
    return nix.apply(ctx.helpers.use("jsJsonStringify"), ctx.lower(argument));
  },
  parse: (call, ctx) => {
    if (!expectArguments(call, 1, 1, ctx)) return nix.NULL;
    return nix.callBuiltin("fromJSON", ctx.lower(call.arguments[0]!));
  },
};

/** The initializer of the `const` an identifier refers to, so literals bound to names are checked like inline ones. */
function constInitializer(node: ts.Expression, ctx: TransformContext): ts.Expression | undefined {
  if (!ts.isIdentifier(node)) return undefined;
  const declaration = ctx.checker.getSymbolAtLocation(node)?.valueDeclaration;
  if (
    declaration &&
    ts.isVariableDeclaration(declaration) &&
    ts.isIdentifier(declaration.name) &&
    declaration.initializer &&
    ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const
  ) {
    return declaration.initializer;
  }
  return undefined;
}

/** A number known to be a float (like template literals, see to-js-string.ts): Nix would print it differently. */
function fractionalNumber(node: ts.Expression, ctx: TransformContext, depth = 0): ts.Expression | undefined {
  const inner = skipTypeWrappers(node);
  const initializer = constInitializer(inner, ctx);
  if (initializer && depth < 16) return fractionalNumber(initializer, ctx, depth + 1);
  if (ts.isObjectLiteralExpression(inner)) {
    for (const member of inner.properties) {
      const found = ts.isPropertyAssignment(member)
        ? fractionalNumber(member.initializer, ctx, depth + 1)
        : undefined;
      if (found) return found;
    }
    return undefined;
  }
  if (ts.isArrayLiteralExpression(inner)) {
    for (const element of inner.elements) {
      const found = ts.isSpreadElement(element) ? undefined : fractionalNumber(element, ctx, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  return ctx.numbers.of(inner) === "float" ? inner : undefined;
}
