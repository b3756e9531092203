// `===`/`!==` (and `== null`) between values Nix compares like JavaScript: primitives, and null/undefined tests
// where tsnix's single `null` cannot confuse the two. `typeof x === "…"` becomes a builtins type test.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { DiagnosticTemplate } from "../../diagnostics/diagnostic.js";
import type { TransformContext } from "../context.js";
import {
  includesNull,
  includesUndefined,
  isNullOrUndefinedOnly,
  isOptionalProperty,
  isOpenNullish,
  isPrimitiveType,
  mayHoldNull,
  mayHoldUndefined,
} from "../type-queries.js";
import { lookupMayMiss, nullishOfNode } from "../lookups.js";
import { isAnyReceiver, lowerAnyNamedMember } from "./any-members.js";
import { lowerTypeofTest } from "./typeof.js";
import { skipTypeWrappers } from "./type-erasure.js";

export function lowerEquality(node: ts.BinaryExpression, ctx: TransformContext): Expr {
  const kind = node.operatorToken.kind;
  const negated =
    kind === ts.SyntaxKind.ExclamationEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken;
  const strict =
    kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsEqualsToken;
  const typeofTest = lowerTypeofComparison(node, ctx);
  if (typeofTest) return negated ? nix.not(typeofTest) : typeofTest;
  const op = negated ? "!=" : "==";
  const leftType = ctx.typeOf(node.left);
  const rightType = ctx.typeOf(node.right);
  const leftNullish = isNullOrUndefinedOnly(leftType);
  const rightNullish = isNullOrUndefinedOnly(rightType);
  if (!strict && !leftNullish && !rightNullish) {
    // `==` between values of the same primitive category means `===`; anything else coerces.
    if (!sameCategory(leftType, rightType)) return ctx.fail(node, Diagnostics.looseEquality());
  }
  // Loose `== null` means null or undefined alike: exact as Nix's `== null` whatever the operand's type.
  const presence = strict ? lowerPresenceComparison(node, negated, ctx) : undefined;
  if (presence) return presence;
  const open = strict ? lowerOpenNullishComparison(node, negated, ctx) : undefined;
  if (open) return open;
  const problem = strictEqualityProblem(leftType, rightType, strict, ctx);
  if (problem) return ctx.fail(node, problem);
  return nix.binop(op, ctx.lower(node.left), ctx.lower(node.right));
}

/** Why `===` between values of these types cannot be Nix's `==` (also for `switch` cases), if it cannot. */
export function strictEqualityProblem(
  leftType: ts.Type,
  rightType: ts.Type,
  strict: boolean,
  ctx: TransformContext,
): DiagnosticTemplate | undefined {
  if (strict && nullUndefinedConfusable(leftType, rightType, ctx)) {
    return Diagnostics.nullUndefinedAmbiguous(`${ctx.typeText(leftType)}' and '${ctx.typeText(rightType)}`);
  }
  const leftNullish = isNullOrUndefinedOnly(leftType);
  const rightNullish = isNullOrUndefinedOnly(rightType);
  if (!leftNullish && !rightNullish && !(isPrimitiveType(leftType) && isPrimitiveType(rightType))) {
    const culprit = isPrimitiveType(leftType) ? rightType : leftType;
    return Diagnostics.referenceEquality(ctx.typeText(culprit));
  }
  return undefined;
}

/**
 * With `===`, JS tells null from undefined while tsnix represents both as `null`: refuse when one side may be null
 * and the other may be undefined.
 */
function nullUndefinedConfusable(left: ts.Type, right: ts.Type, ctx: TransformContext): boolean {
  const c = ctx.checker;
  return (
    (mayHoldNull(c, left) && mayHoldUndefined(c, right)) ||
    (mayHoldUndefined(c, left) && mayHoldNull(c, right))
  );
}

/**
 * `v === null` / `v === undefined` where `v` is typed `any`, `unknown` or generic, or is a lookup that may miss: what
 * a Nix null of `v` was in JS is known only when the type (and the lookup) leave one of the two. When both remain, a
 * member of `any` read by name is told by presence (tsnix never keeps a member set to undefined), anything else is
 * checked when evaluated (`jsDefinite`: a null stops). A null the value cannot be (a miss of a `number` lookup) makes
 * `=== null` false.
 */
function lowerOpenNullishComparison(
  node: ts.BinaryExpression,
  negated: boolean,
  ctx: TransformContext,
): Expr | undefined {
  const left = skipTypeWrappers(node.left);
  const right = skipTypeWrappers(node.right);
  const literalOf = (e: ts.Expression): "null" | "undefined" | undefined => {
    const type = ctx.typeOf(e);
    if (!isNullOrUndefinedOnly(type)) return undefined;
    return includesNull(type) ? (includesUndefined(type) ? undefined : "null") : "undefined";
  };
  const [value, literal] = literalOf(right)
    ? [left, literalOf(right)!]
    : literalOf(left)
      ? [right, literalOf(left)!]
      : [undefined, undefined];
  if (!value || isNullOrUndefinedOnly(ctx.typeOf(value))) return undefined;
  const type = ctx.typeOf(value);
  const open = isOpenNullish(ctx.checker, type) || lookupMayMiss(value, ctx);
  if (!open) return undefined;
  const kinds = nullishOfNode(value, ctx);
  const op = negated ? "!=" : "==";
  if (kinds.null && kinds.undefined) {
    const byPresence = anyMemberPresence(value, literal, ctx);
    if (byPresence) return negated ? nix.not(byPresence) : byPresence;
    return nix.binop(op, nix.apply(ctx.helpers.use("jsDefinite"), ctx.lower(value)), nix.NULL);
  }
  if (literal === "null" && !kinds.null) return nix.bool(negated);
  if (literal === "undefined" && !kinds.undefined) return nix.bool(negated);
  return nix.binop(op, ctx.lower(value), nix.NULL);
}

/** `o.k === undefined` / `=== null` for an `o` typed any: absent, or present and null. */
function anyMemberPresence(value: ts.Expression, literal: "null" | "undefined", ctx: TransformContext) {
  const access = skipTypeWrappers(value);
  if (!ts.isPropertyAccessExpression(access) || ts.isOptionalChain(access)) return undefined;
  if (!isAnyReceiver(access.expression, ctx)) return undefined;
  const name = access.name.text;
  // A name JS may find on a prototype is refused (TSNIX1231), as for the read itself.
  const check = lowerAnyNamedMember(access.name, name, nix.NULL, ctx);
  if (check.kind !== "select") return check;
  return ctx.bindOnce(ctx.lower(access.expression), "object", (o) => {
    const present = nix.binop("&&", nix.callBuiltin("isAttrs", o), nix.hasAttr(o, name));
    // A present member is never undefined, except one built from a value typed any/unknown/generic, which stops
    // when read if it is null (objects.ts): so a present member is read before it counts as defined.
    return literal === "undefined"
      ? nix.ifThenElse(present, nix.callBuiltin("seq", nix.select(o, name), nix.FALSE), nix.TRUE)
      : nix.binop("&&", present, nix.binop("==", nix.select(o, name), nix.NULL));
  });
}

function sameCategory(left: ts.Type, right: ts.Type): boolean {
  const category = (t: ts.Type) => {
    const f = t.flags;
    if (f & ts.TypeFlags.StringLike) return "string";
    if (f & ts.TypeFlags.NumberLike) return "number";
    if (f & ts.TypeFlags.BooleanLike) return "boolean";
    if (f & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) return "nullish";
    return "other";
  };
  const parts = (t: ts.Type) =>
    new Set((t.isUnion() ? t.types : [t]).map(category).filter((c) => c !== "nullish"));
  const l = parts(left);
  const r = parts(right);
  return l.size === 1 && r.size === 1 && [...l][0] === [...r][0] && !l.has("other");
}

function lowerTypeofComparison(node: ts.BinaryExpression, ctx: TransformContext): Expr | undefined {
  const left = skipTypeWrappers(node.left);
  const right = skipTypeWrappers(node.right);
  if (ts.isTypeOfExpression(left) && ts.isStringLiteral(right)) return lowerTypeofTest(left, right.text, ctx);
  if (ts.isTypeOfExpression(right) && ts.isStringLiteral(left)) return lowerTypeofTest(right, left.text, ctx);
  return undefined;
}

/**
 * `o.k === null` / `o.k === undefined` where `k` is optional and may be null: tsnix reads a missing `k` as null, but
 * the attribute test tells the two apart exactly (members set to undefined are never present).
 */
function lowerPresenceComparison(
  node: ts.BinaryExpression,
  negated: boolean,
  ctx: TransformContext,
): Expr | undefined {
  const left = skipTypeWrappers(node.left);
  const right = skipTypeWrappers(node.right);
  const [access, other] = ts.isPropertyAccessExpression(left) ? [left, right] : [right, left];
  if (!ts.isPropertyAccessExpression(access) || ts.isOptionalChain(access)) return undefined;
  const literal =
    other.kind === ts.SyntaxKind.NullKeyword
      ? "null"
      : ts.isIdentifier(other) && other.text === "undefined"
        ? "undefined"
        : undefined;
  if (!literal) return undefined;
  const property = ctx.checker.getSymbolAtLocation(access.name);
  const type = ctx.typeOf(access);
  if (!property || !isOptionalProperty(property) || !includesNull(type) || !includesUndefined(type))
    return undefined;
  const object = ctx.lower(access.expression);
  return ctx.bindOnce(object, "object", (o) => {
    const present = nix.hasAttr(o, access.name.text);
    const test =
      literal === "undefined"
        ? nix.not(present)
        : nix.binop("&&", present, nix.binop("==", nix.select(o, access.name.text), nix.NULL));
    return negated ? nix.not(test) : test;
  });
}
