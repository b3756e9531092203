// Counted loops: `for (let i = a; i < b; i++)` (or `<=`, `++i`, `i += 1`) whose body never changes `i`, and whose
// bound `b` reads nothing the loop changes, visit exactly the integers from a up to b: a fold over
// `builtins.genList (i: i) n` (or jsRange a b) instead of a loop that tests its condition turn by turn.
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { isArrayLikeType, isStringType } from "../type-queries.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import "../runtime/loop-helpers.js";
import { symbolOfIdentifier } from "./local-variables.js";
import { collectWrites } from "./local-writes.js";

export interface CountedRange {
  readonly variable: ts.Identifier;
  readonly from: ts.Expression;
  readonly to: ts.Expression;
  readonly inclusive: boolean;
}

export function countedRange(statement: ts.ForStatement, ctx: TransformContext): CountedRange | undefined {
  const { initializer, condition, incrementor } = statement;
  if (!initializer || !condition || !incrementor || !ts.isVariableDeclarationList(initializer))
    return undefined;
  if (!(initializer.flags & ts.NodeFlags.Let) || initializer.declarations.length !== 1) return undefined;
  const declaration = initializer.declarations[0]!;
  if (!ts.isIdentifier(declaration.name) || !declaration.initializer) return undefined;
  const symbol = ctx.checker.getSymbolAtLocation(declaration.name);
  const test = skipTypeWrappers(condition);
  if (!symbol || !ts.isBinaryExpression(test) || !refersTo(test.left, symbol, ctx)) return undefined;
  const operator = test.operatorToken.kind;
  if (operator !== ts.SyntaxKind.LessThanToken && operator !== ts.SyntaxKind.LessThanEqualsToken)
    return undefined;
  if (!isIncrementByOne(incrementor, symbol, ctx)) return undefined;
  // From a known integer, `i` only ever holds integers; the bound may be any number.
  if (ctx.numbers.of(declaration.initializer) !== "int" || ctx.numbers.of(test.right) === "float")
    return undefined;
  const written = new Set(
    collectWrites(statement.statement, ctx.checker).flatMap(
      (w) => symbolOfIdentifier(w.target, ctx.checker) ?? [],
    ),
  );
  if (written.has(symbol) || readsAny(test.right, written, ctx)) return undefined;
  return {
    variable: declaration.name,
    from: declaration.initializer,
    to: test.right,
    inclusive: operator === ts.SyntaxKind.LessThanEqualsToken,
  };
}

function refersTo(node: ts.Expression, symbol: ts.Symbol, ctx: TransformContext): boolean {
  const inner = skipTypeWrappers(node);
  return ts.isIdentifier(inner) && ctx.checker.getSymbolAtLocation(inner) === symbol;
}

function isIncrementByOne(node: ts.Expression, symbol: ts.Symbol, ctx: TransformContext): boolean {
  const inner = skipTypeWrappers(node);
  if (ts.isPrefixUnaryExpression(inner) || ts.isPostfixUnaryExpression(inner))
    return inner.operator === ts.SyntaxKind.PlusPlusToken && refersTo(inner.operand, symbol, ctx);
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) {
    const step = skipTypeWrappers(inner.right);
    return refersTo(inner.left, symbol, ctx) && ts.isNumericLiteral(step) && Number(step.text) === 1;
  }
  return false;
}

function readsAny(node: ts.Node, symbols: ReadonlySet<ts.Symbol>, ctx: TransformContext): boolean {
  if (ts.isIdentifier(node)) {
    const symbol = symbolOfIdentifier(node, ctx.checker);
    return symbol !== undefined && symbols.has(symbol);
  }
  return ts.forEachChild(node, (child) => readsAny(child, symbols, ctx) || undefined) ?? false;
}

/** The list of the integers the loop visits. */
export function lowerRange(range: CountedRange, ctx: TransformContext): Expr {
  const from = ctx.lower(range.from);
  const lowered = ctx.lower(range.to);
  // An integer `i` is below a bound that may be a float exactly when it is below its ceiling (or at most its floor).
  const whole = ctx.numbers.of(range.to) === "int";
  const bound = whole ? lowered : nix.callBuiltin(range.inclusive ? "floor" : "ceil", lowered);
  const to = range.inclusive ? plusOne(bound) : bound;
  if (from.kind === "int" && from.value === 0n && whole && isNonNegative(range.to, lowered, ctx))
    return nix.callBuiltin("genList", nix.lambda("i", nix.ident("i")), to);
  return nix.apply(ctx.helpers.use("jsRange"), from, to);
}

function plusOne(expr: Expr): Expr {
  return expr.kind === "int" ? nix.int(expr.value + 1n) : nix.binop("+", expr, nix.int(1));
}

/** A bound that is never negative: a length, or a non-negative literal. */
function isNonNegative(node: ts.Expression, lowered: Expr, ctx: TransformContext): boolean {
  if (lowered.kind === "int") return true;
  const inner = skipTypeWrappers(node);
  if (!ts.isPropertyAccessExpression(inner) || inner.name.text !== "length") return false;
  const owner = ctx.checker.getNonNullableType(ctx.typeOf(inner.expression));
  return isArrayLikeType(ctx.checker, owner) || isStringType(owner);
}
