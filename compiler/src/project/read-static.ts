// Parts of flake.ts the flake needs as literals, read from the syntax (a literal, or a const bound to one): Nix
// requires flake.nix's inputs to be written out, and a host's system must be known without evaluating anything.
import { ts } from "../typescript.js";
import { Diagnostics } from "../diagnostics/codes.js";
import type { TransformContext } from "../transform/context.js";
import { constInitializer, knownNumber, knownString } from "../transform/library/arguments.js";
import { skipTypeWrappers } from "../transform/visitors/type-erasure.js";

const WHY = "flake.nix states it without evaluating anything";

export function literalString(node: ts.Expression, what: string, ctx: TransformContext): string | undefined {
  const text = knownString(node, ctx);
  if (text === undefined) ctx.report(node, Diagnostics.staticValueRequired(what, WHY));
  return text;
}

export function literalNumber(node: ts.Expression, what: string, ctx: TransformContext): number | undefined {
  const value = knownNumber(node, ctx);
  if (value === undefined) ctx.report(node, Diagnostics.staticValueRequired(what, WHY));
  return value;
}

export function literalBoolean(
  node: ts.Expression,
  what: string,
  ctx: TransformContext,
  depth = 0,
): boolean | undefined {
  const inner = skipTypeWrappers(node);
  if (inner.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (inner.kind === ts.SyntaxKind.FalseKeyword) return false;
  const initializer = depth < 16 ? constInitializer(inner, ctx) : undefined;
  if (initializer) return literalBoolean(initializer, what, ctx, depth + 1);
  ctx.report(node, Diagnostics.staticValueRequired(what, WHY));
  return undefined;
}

export function literalStrings(
  node: ts.Expression,
  what: string,
  ctx: TransformContext,
  depth = 0,
): string[] | undefined {
  const inner = skipTypeWrappers(node);
  const initializer = depth < 16 ? constInitializer(inner, ctx) : undefined;
  if (initializer) return literalStrings(initializer, what, ctx, depth + 1);
  if (!ts.isArrayLiteralExpression(inner)) {
    ctx.report(node, Diagnostics.staticValueRequired(what, WHY));
    return undefined;
  }
  const items = inner.elements.map((e) => literalString(e, what, ctx));
  return items.every((i) => i !== undefined) ? (items as string[]) : undefined;
}

/** `{ name: expr }` members of an object literal, in order; anything else is reported (unless told not to). */
export function objectMembers(
  node: ts.Expression | undefined,
  what: string,
  ctx: TransformContext,
  reportProblems = true,
): [string, ts.Expression][] {
  if (!node) return [];
  let inner = skipTypeWrappers(node);
  const initializer = constInitializer(inner, ctx);
  if (initializer) inner = skipTypeWrappers(initializer);
  if (!ts.isObjectLiteralExpression(inner)) {
    if (reportProblems)
      ctx.report(
        node,
        Diagnostics.staticValueRequired(what, "an object literal, so tsnix can read each member"),
      );
    return [];
  }
  const members: [string, ts.Expression][] = [];
  for (const property of inner.properties) {
    if (
      ts.isPropertyAssignment(property) &&
      (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))
    ) {
      members.push([property.name.text, property.initializer]);
    } else if (ts.isShorthandPropertyAssignment(property)) {
      members.push([property.name.text, property.name]);
    } else if (reportProblems) {
      ctx.report(property, Diagnostics.staticValueRequired(what, "each member written as `name: value`"));
    }
  }
  return members;
}
