// Argument helpers shared by the library lowerings.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import "../runtime/number-helpers.js";
import { localVariables } from "../statements/local-variables.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";

/** The display name of the called member, e.g. `padStart`. */
export function memberName(call: ts.CallExpression): string {
  const callee = skipTypeWrappers(call.expression);
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
}

/** Check the argument count; report and return false when it is outside [min, max]. */
export function expectArguments(
  call: ts.CallExpression,
  min: number,
  max: number,
  ctx: TransformContext,
): boolean {
  const n = call.arguments.length;
  if (n >= min && n <= max) return true;
  const wanted = min === max ? `${min}` : `${min} to ${max}`;
  ctx.report(
    call,
    Diagnostics.unsupportedArgument(memberName(call), `expects ${wanted} argument(s) here, got ${n}.`),
  );
  return false;
}

/** The i-th argument lowered, null when absent (JS undefined). */
export function lowerArgument(call: ts.CallExpression, index: number, ctx: TransformContext): Expr {
  const argument = call.arguments[index];
  return argument ? ctx.lower(argument) : nix.NULL;
}

/** An index argument: see lowerInteger. */
export function lowerIndexArgument(call: ts.CallExpression, index: number, ctx: TransformContext): Expr {
  const argument = call.arguments[index];
  if (!argument) return nix.NULL;
  return lowerInteger(argument, "This position", ctx);
}

/**
 * A number used where Nix needs an int (an index, a position, a length, a count). A fraction known now is refused;
 * a number not known to be an int (a parameter, a quotient) is converted when evaluated by jsToInt, which takes a
 * float holding a whole number and refuses any other: builtins would fail on a float where JS reads `4 / 2` as 2.
 */
export function lowerInteger(node: ts.Expression, what: string, ctx: TransformContext): Expr {
  const known = knownNumber(node, ctx);
  if (known !== undefined && !Number.isInteger(known))
    return ctx.fail(node, Diagnostics.integerRequired(what));
  const value = ctx.lower(node);
  if (ctx.numbers.of(node) === "int" || value.kind === "int") return value;
  return nix.apply(ctx.helpers.use("jsToInt"), value);
}

/** The literal text of a string-literal argument, if it is one. */
export function literalString(call: ts.CallExpression, index: number): string | undefined {
  const argument = call.arguments[index];
  if (!argument) return undefined;
  const inner = skipTypeWrappers(argument);
  return ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner) ? inner.text : undefined;
}

/** The value of a non-negative integer literal argument, if it is one. */
export function literalIndex(call: ts.CallExpression, index: number): number | undefined {
  const argument = call.arguments[index];
  if (!argument) return undefined;
  const inner = skipTypeWrappers(argument);
  if (!ts.isNumericLiteral(inner)) return undefined;
  const value = Number(inner.text);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** The receiver node of a method call `r.m(…)`. */
export function receiverNode(call: ts.CallExpression): ts.Expression {
  return (skipTypeWrappers(call.expression) as ts.PropertyAccessExpression).expression;
}

export const isAscii = (text: string): boolean => /^[\x00-\x7f]*$/.test(text);

/** The initializer of the `const` an identifier names, if it names one (the start of a const chain). */
export function constInitializer(node: ts.Expression, ctx: TransformContext): ts.Expression | undefined {
  if (!ts.isIdentifier(node)) return undefined;
  const symbol = ctx.checker.getSymbolAtLocation(node);
  // An array or object changed in place after its declaration (`xs.push(x)`, `o.k = v`) is no longer its initializer.
  if (symbol && localVariables(ctx).changes(symbol)) return undefined;
  const declaration = symbol?.valueDeclaration;
  return declaration &&
    ts.isVariableDeclaration(declaration) &&
    ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const
    ? declaration.initializer
    : undefined;
}

/** The text of a string known at compile time: a literal, or a `const` bound to one (through other consts). */
export function knownString(node: ts.Expression, ctx: TransformContext, depth = 0): string | undefined {
  const inner = skipTypeWrappers(node);
  if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text;
  const initializer = depth > 16 ? undefined : constInitializer(inner, ctx);
  return initializer && knownString(initializer, ctx, depth + 1);
}

/** The number `node` surely is, when a literal (maybe negated) or a `const` chain to one says so. */
export function knownNumber(node: ts.Expression, ctx: TransformContext, depth = 0): number | undefined {
  const inner = skipTypeWrappers(node);
  if (ts.isNumericLiteral(inner)) return Number(inner.text);
  if (ts.isPrefixUnaryExpression(inner) && inner.operator === ts.SyntaxKind.MinusToken) {
    const operand = knownNumber(inner.operand, ctx, depth + 1);
    return operand === undefined ? undefined : -operand;
  }
  const initializer = depth > 16 ? undefined : constInitializer(inner, ctx);
  return initializer && knownNumber(initializer, ctx, depth + 1);
}

/** Refuse byte-based string operations (lengths, positions) on text known to contain non-ASCII characters. */
export function checkAsciiString(node: ts.Expression, ctx: TransformContext): boolean {
  const text = knownString(node, ctx);
  if (text !== undefined && !isAscii(text)) {
    ctx.report(node, Diagnostics.utf16Length());
    return false;
  }
  return true;
}

export function checkAsciiReceiver(call: ts.CallExpression, ctx: TransformContext): boolean {
  return checkAsciiString(receiverNode(call), ctx);
}

/** True when the text is known at compile time to be ASCII: byte positions are then exactly JS's. */
export function isKnownAscii(node: ts.Expression, ctx: TransformContext): boolean {
  const text = knownString(node, ctx);
  return text !== undefined && isAscii(text);
}
