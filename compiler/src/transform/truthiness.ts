// JavaScript truthiness as Nix booleans. A value is falsy in JS when it is null/undefined, false, "", 0 (or -0) or
// NaN. tsnix never produces NaN (every operation that would is refused or fails in Nix), and in Nix `==` between
// values of different types is simply false, so `v != null && v != false && v != "" && v != 0` is exact for every
// value. The type only decides which of these tests can ever fail: testing for a falsy value the type cannot hold
// changes nothing, leaving one out that it can hold would be wrong. So the question asked of a type is "which falsy
// values may it hold?", answered for every value the type admits — including primitives that reach object types
// through width subtyping (`{ length: number }` holds "", `{}` and all-optional types hold any non-null value).
import { ts } from "../typescript.js";
import * as nix from "../nix/ast.js";
import type { Expr } from "../nix/ast.js";
import type { TransformContext } from "./context.js";
import { lookupMayMiss } from "./lookups.js";
import { typeParts } from "./type-queries.js";

/** The falsy values a JS value may be, each with its Nix representation. */
export type FalsyValue = "null" | "false" | "empty" | "zero";

const ORDER: readonly FalsyValue[] = ["null", "false", "empty", "zero"];
const PRIMITIVE_FALSY: readonly FalsyValue[] = ["false", "empty", "zero"];
const F = ts.TypeFlags;

/** The falsy values a value of `type` may hold, in a fixed order. Empty: always truthy. */
export function falsyValuesOf(checker: ts.TypeChecker, type: ts.Type): readonly FalsyValue[] {
  const found = new Set<FalsyValue>();
  collectFalsy(checker, type, found, 0);
  return ORDER.filter((value) => found.has(value));
}

function collectFalsy(checker: ts.TypeChecker, type: ts.Type, into: Set<FalsyValue>, depth: number): void {
  const add = (...values: readonly FalsyValue[]) => values.forEach((v) => into.add(v));
  for (const t of typeParts(type)) {
    const f = t.flags;
    if (depth > 8 || f & (F.Any | F.Unknown)) add(...ORDER);
    else if (f & (F.Null | F.Undefined | F.Void)) add("null");
    else if (f & F.BooleanLiteral) {
      if (t === checker.getFalseType() || (t as { intrinsicName?: string }).intrinsicName === "false")
        add("false");
    } else if (f & F.Boolean) add("false");
    else if (f & F.StringLiteral) {
      if ((t as ts.StringLiteralType).value === "") add("empty");
    } else if (f & (F.String | F.TemplateLiteral | F.StringMapping)) add("empty");
    else if (f & F.NumberLiteral) {
      if ((t as ts.NumberLiteralType).value === 0) add("zero");
    } else if (f & (F.Number | F.Enum | F.BigInt | F.BigIntLiteral)) add("zero");
    else if (f & (F.ESSymbolLike | F.Never)) continue;
    else if (t.isIntersection()) t.types.forEach((part) => collectFalsy(checker, part, into, depth + 1));
    else if (f & F.NonPrimitive)
      continue; // `object`: never a primitive
    else if (f & F.Object) add(...objectAdmits(checker, t));
    else {
      // Type parameters, indexed access and conditional types: what their constraint admits, or anything.
      const constraint = checker.getBaseConstraintOfType(t);
      if (constraint && constraint !== t) collectFalsy(checker, constraint, into, depth + 1);
      else add(...ORDER);
    }
  }
}

/**
 * The primitive falsy values an object type admits. A type without required members and signatures (`{}`,
 * `Object`, `Partial<T>`, records) admits every non-null value: `{}` takes any primitive and passes it on to such
 * types. Otherwise a primitive gets in only where it has the members itself (`{ length: number }` takes "").
 */
function objectAdmits(checker: ts.TypeChecker, t: ts.Type): readonly FalsyValue[] {
  const required = t.getProperties().some((p) => !(p.flags & ts.SymbolFlags.Optional));
  const signatures = t.getCallSignatures().length + t.getConstructSignatures().length;
  if (!required && signatures === 0) return PRIMITIVE_FALSY;
  const admitted: FalsyValue[] = [];
  if (checker.isTypeAssignableTo(checker.getFalseType(), t)) admitted.push("false");
  if (checker.isTypeAssignableTo(checker.getStringType(), t)) admitted.push("empty");
  if (checker.isTypeAssignableTo(checker.getNumberType(), t)) admitted.push("zero");
  return admitted;
}

/** The type whose values `node` may hold: type-only wrappers (`as`, `!`) are looked through, since they may lie. */
function valueType(node: ts.Expression, ctx: TransformContext): ts.Type {
  let inner = node;
  while (
    ts.isParenthesizedExpression(inner) ||
    ts.isAsExpression(inner) ||
    ts.isNonNullExpression(inner) ||
    ts.isTypeAssertionExpression(inner)
  ) {
    inner = inner.expression;
  }
  return ctx.typeOf(inner);
}

export function falsyValuesOfNode(node: ts.Expression, ctx: TransformContext): readonly FalsyValue[] {
  const falsy = falsyValuesOf(ctx.checker, valueType(node, ctx));
  // A lookup that misses is undefined (read as `or null`, see property-access.ts), whatever its type says.
  return lookupMayMiss(node, ctx) && !falsy.includes("null") ? ["null", ...falsy] : falsy;
}

/** Is the JS value of a lowered `value` of `type` truthy? A boolean (even one typed `true`) is its own test. */
export function truthinessOf(value: Expr, type: ts.Type, ctx: TransformContext): Expr {
  if (typeParts(type).every((t) => t.flags & F.BooleanLike)) return value;
  return truthyTest(value, falsyValuesOf(ctx.checker, type), ctx, onlyBooleans(type));
}

/** Are the values of this type booleans, null or undefined only (so that a truthy one is `true`)? */
export function onlyBooleans(type: ts.Type): boolean {
  return typeParts(type).every((t) => t.flags & (F.BooleanLike | F.Null | F.Undefined | F.Void));
}

/** `truthinessOf` for the value of `node`, already lowered. */
export function truthinessOfNode(value: Expr, node: ts.Expression, ctx: TransformContext): Expr {
  if (lookupMayMiss(node, ctx))
    return truthyTest(value, falsyValuesOfNode(node, ctx), ctx, onlyBooleans(valueType(node, ctx)));
  return truthinessOf(value, valueType(node, ctx), ctx);
}

const representation = (value: FalsyValue): Expr =>
  value === "null" ? nix.NULL : value === "false" ? nix.FALSE : value === "empty" ? nix.str("") : nix.int(0);

/**
 * A Nix boolean that is true exactly when `value` (which may hold `falsy`) is truthy. Booleans test themselves and
 * `boolean | null` is `v == true` — only when `booleans` says no other value is possible (`{ a: 1 } | boolean` is
 * truthy as an object too); anything else is a conjunction of `!=` tests (value bound once when needed).
 */
export function truthyTest(
  value: Expr,
  falsy: readonly FalsyValue[],
  ctx: TransformContext,
  booleans = false,
): Expr {
  if (falsy.length === 0) return nix.TRUE;
  if (booleans && falsy.length === 1 && falsy[0] === "false") return value;
  if (booleans && falsy.length === 2 && falsy[0] === "null" && falsy[1] === "false")
    return nix.binop("==", value, nix.TRUE);
  if (falsy.length === 1) return nix.binop("!=", value, representation(falsy[0]!));
  return ctx.bindOnce(value, "value", (v) =>
    falsy
      .map((f) => nix.binop("!=", v, representation(f)) as Expr)
      .reduce((left, right) => nix.binop("&&", left, right)),
  );
}

/** A Nix boolean that is true exactly when `value` is falsy. */
export function falsyTest(
  value: Expr,
  falsy: readonly FalsyValue[],
  ctx: TransformContext,
  booleans = false,
): Expr {
  return negate(truthyTest(value, falsy, ctx, booleans));
}

/** `!e`, written the way a person would: `a == b` for `!(a != b)`, De Morgan over `&&`/`||`, no `!!`. */
export function negate(expr: Expr): Expr {
  if (expr.kind === "unary" && expr.op === "!") return expr.operand;
  if (expr.kind === "ident" && (expr.name === "true" || expr.name === "false"))
    return nix.bool(expr.name === "false");
  if (expr.kind === "binop") {
    if (expr.op === "==") return nix.binop("!=", expr.left, expr.right);
    if (expr.op === "!=") return nix.binop("==", expr.left, expr.right);
    if ((expr.op === "&&" || expr.op === "||") && isComparison(expr.left) && isComparison(expr.right))
      return nix.binop(expr.op === "&&" ? "||" : "&&", negate(expr.left), negate(expr.right));
  }
  if (expr.kind === "let") return nix.letIn(expr.bindings, negate(expr.body));
  return nix.not(expr);
}

function isComparison(expr: Expr): boolean {
  if (expr.kind !== "binop") return false;
  if (expr.op === "==" || expr.op === "!=") return true;
  return (expr.op === "&&" || expr.op === "||") && isComparison(expr.left) && isComparison(expr.right);
}

/** The single Nix value every falsy value of this type is, when there is exactly one (to return it directly). */
export function onlyFalsyValue(falsy: readonly FalsyValue[]): Expr | undefined {
  // 0 is left out: a falsy float is 0.0 or -0, which the int literal 0 would not reproduce.
  if (falsy.length !== 1 || falsy[0] === "zero") return undefined;
  return representation(falsy[0]!);
}
