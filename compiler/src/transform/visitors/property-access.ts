// Property and element access, including optional chains. `a?.b.c` short-circuits the whole chain like JS does;
// optional properties and index-signature lookups that the program tests for absence use `or null`, because a
// missing attribute is an error in Nix but `undefined` in JS.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { AttrKey, Expr } from "../../nix/ast.js";
import type { TransformContext, VisitorTable } from "../context.js";
import { lowerGlobalConstant, lowerMemberValue } from "../library/member-values.js";
import { checkAsciiString, lowerInteger } from "../library/arguments.js";
import { toJsString } from "../library/to-js-string.js";
import {
  hasOwnMember,
  includesNullish,
  hasStringIndex,
  includesUndefined,
  isArrayLikeType,
  isOptionalProperty,
  isStringType,
} from "../type-queries.js";
import { lowerCallWithReceiver } from "./calls.js";
import { isAnyReceiver, lowerAnyComputedMember, lowerAnyNamedMember } from "./any-members.js";
import { isLogicalAssignmentTarget } from "../lookups.js";
import { skipTypeWrappers } from "./type-erasure.js";
import { OBJECT_PROTOTYPE_MEMBERS } from "./in-operator.js";

type ChainLink = ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.CallExpression;

export function lowerPropertyAccess(node: ts.PropertyAccessExpression, ctx: TransformContext): Expr {
  const constant = lowerGlobalConstant(node, ctx);
  if (constant) return constant;
  if (ts.isOptionalChain(node)) return lowerOptionalChain(node, ctx);
  return lowerLink(node, ctx.lower(node.expression), ctx);
}

export function lowerElementAccess(node: ts.ElementAccessExpression, ctx: TransformContext): Expr {
  if (ts.isOptionalChain(node)) return lowerOptionalChain(node, ctx);
  return lowerLink(node, ctx.lower(node.expression), ctx);
}

/** The outermost node of an optional chain; its inner links are lowered here, not through the visitor table. */
export function lowerOptionalChain(node: ChainLink, ctx: TransformContext): Expr {
  const selectOnly = selectOnlyChain(node, ctx);
  if (selectOnly) return selectOnly;
  return lowerChain(node, (value) => value, ctx);
}

/** Continuation-passing: a `?.` link wraps the rest of the chain in `if base == null then null else …`. */
function lowerChain(node: ts.Expression, rest: (value: Expr) => Expr, ctx: TransformContext): Expr {
  if (!isChainLink(node) || !ts.isOptionalChain(node)) return rest(ctx.lower(node));
  const receiverNode = chainReceiver(node);
  const questionDot = hasQuestionDot(node);
  return lowerChain(
    receiverNode,
    (base) => {
      if (!questionDot) return rest(lowerLink(node, base, ctx));
      return ctx.bindOnce(base, "value", (ref) =>
        nix.ifThenElse(nix.binop("==", ref, nix.NULL), nix.NULL, rest(lowerLink(node, ref, ctx))),
      );
    },
    ctx,
  );
}

function isChainLink(node: ts.Expression): node is ChainLink {
  return (
    ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)
  );
}

/** For a method call `r.m(…)` the chain continues at the receiver `r`; otherwise at the accessed expression. */
function chainReceiver(node: ChainLink): ts.Expression {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression))
    return node.expression.expression;
  return node.expression;
}

function hasQuestionDot(node: ChainLink): boolean {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    return node.expression.questionDotToken !== undefined;
  }
  return node.questionDotToken !== undefined;
}

/** One link of an access chain applied to an already lowered receiver. */
function lowerLink(node: ChainLink, receiver: Expr, ctx: TransformContext): Expr {
  if (ts.isCallExpression(node)) {
    if (node.questionDotToken) return ctx.fail(node, Diagnostics.optionalCallNotSupported());
    return lowerCallWithReceiver(node, receiver, ctx);
  }
  if (ts.isPropertyAccessExpression(node)) return lowerPropertyOf(node, receiver, ctx);
  return lowerElementOf(node, receiver, ctx);
}

function lowerPropertyOf(node: ts.PropertyAccessExpression, receiver: Expr, ctx: TransformContext): Expr {
  const library = lowerMemberValue(node, receiver, ctx);
  if (library) return library;
  if (ts.isPrivateIdentifier(node.name)) return ctx.fail(node, Diagnostics.classNotSupported());
  if (isAnyReceiver(node.expression, ctx))
    return lowerAnyNamedMember(node.name, node.name.text, receiver, ctx);
  const property = ctx.checker.getSymbolAtLocation(node.name);
  const receiverType = ctx.checker.getNonNullableType(ctx.typeOf(node.expression));
  if (
    OBJECT_PROTOTYPE_MEMBERS.has(node.name.text) &&
    !hasOwnMember(ctx.checker, receiverType, node.name.text)
  ) {
    return ctx.fail(node, Diagnostics.inheritedKeyLookup(node.name.text));
  }
  // An optional property, or one typed with undefined (left out of its set while undefined, see objects.ts), may be
  // absent — unless control flow has narrowed it (`if (h.backup) … h.backup.host`).
  const mayBeMissing =
    (property !== undefined &&
      (memberMayBeAbsent(property, node, ctx) ||
        (isOptionalProperty(property) && isLogicalAssignmentTarget(node)))) ||
    (property === undefined && absenceIsObserved(node, ctx));
  return selectKeys(receiver, [nix.staticKey(node.name.text)], mayBeMissing);
}

function lowerElementOf(node: ts.ElementAccessExpression, receiver: Expr, ctx: TransformContext): Expr {
  const objectType = ctx.typeOf(node.expression);
  const argument = skipTypeWrappers(node.argumentExpression);
  if (isArrayLikeType(ctx.checker, objectType)) return lowerListIndex(node, receiver, ctx);
  if (isStringType(objectType)) {
    if (!checkAsciiString(node.expression, ctx)) return nix.NULL;
    // JS gives undefined out of range (and counts UTF-16 units): the helper checks both when evaluated.
    return nix.apply(ctx.helpers.use("jsStringAt"), ctx.lower(node.argumentExpression), receiver);
  }
  const anyReceiver = isAnyReceiver(node.expression, ctx);
  if (anyReceiver && (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument))) {
    return lowerAnyNamedMember(argument, argument.text, receiver, ctx);
  }
  if (anyReceiver) return lowerAnyComputedMember(ctx.lower(argument), receiver, ctx);
  if (
    ts.isStringLiteral(argument) ||
    ts.isNoSubstitutionTemplateLiteral(argument) ||
    ts.isNumericLiteral(argument)
  ) {
    const name = ts.isNumericLiteral(argument) ? String(Number(argument.text)) : argument.text;
    // `p?.["k"]` reads `p` as `T | null`: the property belongs to the non-null part.
    const nonNullObject = ctx.checker.getNonNullableType(objectType);
    const property = nonNullObject.getProperty(name);
    if (OBJECT_PROTOTYPE_MEMBERS.has(name) && !hasOwnMember(ctx.checker, nonNullObject, name)) {
      return ctx.fail(node, Diagnostics.inheritedKeyLookup(name));
    }
    // A member typed with undefined is left out of its attribute set while it holds undefined (objects.ts).
    const mayBeMissing = property
      ? isOptionalProperty(property) || memberMayBeAbsent(property, node, ctx)
      : absenceIsObserved(node, ctx);
    return selectKeys(receiver, [nix.staticKey(name)], mayBeMissing);
  }
  const keyType = ctx.typeOf(argument);
  const inherited = literalKeys(keyType).find((k) => OBJECT_PROTOTYPE_MEMBERS.has(k));
  if (
    inherited !== undefined &&
    !hasOwnMember(ctx.checker, ctx.checker.getNonNullableType(objectType), inherited)
  ) {
    return ctx.fail(node, Diagnostics.inheritedKeyLookup(inherited));
  }
  const key = isStringType(keyType) ? ctx.lower(argument) : toJsString(argument, ctx);
  const mayBeMissing = hasStringIndex(ctx.checker, objectType) && absenceIsObserved(node, ctx);
  // A key known only when evaluated may name a member of Object.prototype, which JS finds on a miss.
  if (mayBeMissing && isStringType(keyType) && !literalKeys(keyType).length) {
    return nix.apply(ctx.helpers.use("jsRecordLookup"), key, receiver, nix.NULL);
  }
  return selectKeys(receiver, [nix.dynamicKey(key)], mayBeMissing);
}

/** The strings a key type can only be (`"a" | "b"`), or none when it is not made of string literals. */
function literalKeys(type: ts.Type): string[] {
  const parts = type.isUnion() ? type.types : [type];
  if (!parts.every((t) => t.isStringLiteral())) return [];
  return parts.map((t) => (t as ts.StringLiteralType).value);
}

function lowerListIndex(node: ts.ElementAccessExpression, receiver: Expr, ctx: TransformContext): Expr {
  const index = lowerInteger(node.argumentExpression, "An array index", ctx);
  if (!absenceIsObserved(node, ctx)) return nix.callBuiltin("elemAt", receiver, index);
  if (index.kind === "int") {
    return ctx.bindOnce(receiver, "list", (list) =>
      nix.ifThenElse(
        nix.binop(">", nix.callBuiltin("length", list), index),
        nix.callBuiltin("elemAt", list, index),
        nix.NULL,
      ),
    );
  }
  return ctx.bindOnce(receiver, "list", (list) =>
    ctx.bindOnce(index, "index", (i) =>
      nix.ifThenElse(
        nix.binop("&&", nix.binop(">=", i, nix.int(0)), nix.binop("<", i, nix.callBuiltin("length", list))),
        nix.callBuiltin("elemAt", list, i),
        nix.NULL,
      ),
    ),
  );
}

/**
 * Is this member read possibly absent: optional, or typed with undefined (left out of its attribute set while it
 * holds undefined, see objects.ts)? The read's own type says whether control flow has narrowed it; a link inside an
 * optional chain has the chain's type, so the member's declared type is asked too.
 */
function memberMayBeAbsent(property: ts.Symbol, node: ts.Expression, ctx: TransformContext): boolean {
  if (!includesUndefined(ctx.typeOf(node))) return false;
  return isOptionalProperty(property) || includesUndefined(ctx.checker.getTypeOfSymbol(property));
}

/** `e.a` — merged into an existing select (`e.a.b`), with `or null` when the attribute may be absent. */
function selectKeys(receiver: Expr, path: readonly AttrKey[], mayBeMissing: boolean): Expr {
  const fallback = mayBeMissing ? nix.NULL : undefined;
  if (receiver.kind === "select" && receiver.default === undefined) {
    return nix.select(receiver.expr, [...receiver.path, ...path], fallback);
  }
  // `(o.a or null).b or null` is `o.a.b or null`: `or` catches a missing or null `o.a` as well.
  if (fallback && receiver.kind === "select" && isNullIdent(receiver.default)) {
    return nix.select(receiver.expr, [...receiver.path, ...path], fallback);
  }
  return nix.select(receiver, path, fallback);
}

/**
 * Does the program look at whether this access found something (`x ?? d`, `x === undefined`, `x?.y`)? Only then
 * must a lookup the types cannot vouch for yield null instead of failing.
 */
function absenceIsObserved(node: ts.Expression, _ctx: TransformContext): boolean {
  let child: ts.Node = node;
  let parent = node.parent;
  while (
    ts.isParenthesizedExpression(parent) ||
    ts.isNonNullExpression(parent) ||
    ts.isAsExpression(parent)
  ) {
    child = parent;
    parent = parent.parent;
  }
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken)
      return parent.left === child;
    const equality = [
      ts.SyntaxKind.EqualsEqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsEqualsToken,
      ts.SyntaxKind.EqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsToken,
    ];
    if (equality.includes(op)) {
      const other = skipTypeWrappers(parent.left === child ? parent.right : parent.left);
      // `=== null` too: a miss is undefined, which must not fail (equality.ts decides what the null means).
      return (
        other.kind === ts.SyntaxKind.UndefinedKeyword ||
        other.kind === ts.SyntaxKind.NullKeyword ||
        (ts.isIdentifier(other) && other.text === "undefined")
      );
    }
  }
  if (
    (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) &&
    parent.questionDotToken &&
    parent.expression === child
  ) {
    // `xs[0]?.v`: the miss is undefined for the chain — observed where the chain's value is, or where its type
    // admits undefined (its readers test for it). Otherwise the undefined would leave typed as present, so the
    // lookup fails in Nix like any lookup typed as present that misses.
    const outer = outermostChain(parent);
    return includesNullish(_ctx.typeOf(outer)) || absenceIsObserved(outer, _ctx);
  }
  if (ts.isTypeOfExpression(parent)) return true;
  return isTruthinessTest(child, parent);
}

/** The whole optional chain a link belongs to (`a?.b.c` for the link `a?.b`). */
function outermostChain(node: ts.Expression): ts.Expression {
  let current: ts.Expression = node;
  while (
    (ts.isPropertyAccessExpression(current.parent) ||
      ts.isElementAccessExpression(current.parent) ||
      ts.isCallExpression(current.parent)) &&
    current.parent.expression === current &&
    ts.isOptionalChain(current.parent)
  ) {
    current = current.parent;
  }
  return current;
}

/** Is `child` tested for truthiness (`if (seen[k])`, `!o[k]`, `counts[k] || 0`)? A miss is then falsy. */
function isTruthinessTest(child: ts.Node, parent: ts.Node): boolean {
  const K = ts.SyntaxKind;
  if (ts.isBinaryExpression(parent)) {
    const op = parent.operatorToken.kind;
    const tested = [
      K.BarBarToken,
      K.AmpersandAmpersandToken,
      K.BarBarEqualsToken,
      K.AmpersandAmpersandEqualsToken,
    ];
    if (parent.left === child) return tested.includes(op);
    // The right side of `&&`/`||` is tested when the whole is: `if (ready && seen[k])`.
    return (
      (op === K.BarBarToken || op === K.AmpersandAmpersandToken) && isTruthinessTest(parent, outerOf(parent))
    );
  }
  if (ts.isPrefixUnaryExpression(parent)) return parent.operator === K.ExclamationToken;
  if (ts.isConditionalExpression(parent)) return parent.condition === child;
  if (ts.isIfStatement(parent) || ts.isWhileStatement(parent) || ts.isDoStatement(parent))
    return parent.expression === child;
  if (ts.isForStatement(parent)) return parent.condition === child;
  if (ts.isParenthesizedExpression(parent)) return isTruthinessTest(parent, outerOf(parent));
  return false;
}

function outerOf(node: ts.Node): ts.Node {
  return node.parent;
}

/** `a?.b.c` with only property links: one select with `or null` (a null `a` makes `a.b.c or null` null too). */
function selectOnlyChain(node: ChainLink, ctx: TransformContext): Expr | undefined {
  const names: string[] = [];
  let current: ts.Expression = node;
  while (ts.isPropertyAccessExpression(current) && ts.isOptionalChain(current)) {
    if (ts.isPrivateIdentifier(current.name)) return undefined;
    const probe = lowerMemberValueProbe(current, ctx);
    if (probe || isAnyReceiver(current.expression, ctx)) return undefined;
    names.unshift(current.name.text);
    if (current.questionDotToken) {
      const base = current.expression;
      if (ts.isOptionalChain(base)) return undefined;
      return selectKeys(ctx.lower(base), names.map(nix.staticKey), true);
    }
    current = current.expression;
  }
  return undefined;
}

/** Is this property a library member (e.g. `.length`) rather than an attribute? */
function lowerMemberValueProbe(node: ts.PropertyAccessExpression, ctx: TransformContext): boolean {
  const objectType = ctx.typeOf(node.expression);
  return isArrayLikeType(ctx.checker, objectType) || isStringType(ctx.checker.getNonNullableType(objectType));
}

export const propertyAccessVisitors: VisitorTable = {
  [ts.SyntaxKind.PropertyAccessExpression]: lowerPropertyAccess,
  [ts.SyntaxKind.ElementAccessExpression]: lowerElementAccess,
};

const isNullIdent = (expr: Expr | undefined): boolean => expr?.kind === "ident" && expr.name === "null";
