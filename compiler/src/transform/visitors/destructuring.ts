// Destructuring (`const { a, b: [c] } = x`, destructured parameters) → one `let` binding per name, reading from
// the destructured value bound once.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr } from "../../nix/ast.js";
import { isAtomic, type TransformContext } from "../context.js";
import "../runtime/list-helpers.js";
import { NULLISH_AMBIGUITY } from "../runtime/nullish-helpers.js";
import { elementTypeOf, includesUndefined, isAny, mayHoldNull, mayHoldUndefined } from "../type-queries.js";
import { lowerAnyComputedMember, lowerAnyNamedMember } from "./any-members.js";

/** Bindings for every name in `pattern`, reading from `source`. */
export function lowerBindingPattern(pattern: ts.BindingName, source: Expr, ctx: TransformContext): Binding[] {
  if (ts.isIdentifier(pattern)) return [nix.bind(nameOf(pattern, ctx), source)];
  const bindings: Binding[] = [];
  let from = source;
  if (!isAtomic(source)) {
    const temp = ctx.naming.fresh(ts.isObjectBindingPattern(pattern) ? "object" : "tuple");
    bindings.push(nix.bind(temp, source));
    from = nix.ident(temp);
  }
  // A value typed `any` may lack any member or element: JS reads undefined there (see any-members.ts).
  const anySource = isAny(ctx.typeOf(pattern));
  if (ts.isObjectBindingPattern(pattern)) bindings.push(...objectPattern(pattern, from, anySource, ctx));
  else bindings.push(...arrayPattern(pattern, from, anySource, ctx));
  return bindings;
}

function nameOf(identifier: ts.Identifier, ctx: TransformContext): string {
  const symbol = ctx.checker.getSymbolAtLocation(identifier);
  return symbol ? ctx.naming.nameOf(symbol) : ctx.naming.fresh(identifier.text);
}

function objectPattern(
  pattern: ts.ObjectBindingPattern,
  from: Expr,
  anySource: boolean,
  ctx: TransformContext,
): Binding[] {
  const bindings: Binding[] = [];
  const taken: string[] = [];
  for (const element of pattern.elements) {
    if (element.dotDotDotToken) {
      const rest = nix.callBuiltin("removeAttrs", from, nix.list(taken.map((k) => nix.str(k))));
      bindings.push(...lowerBindingPattern(element.name, rest, ctx));
      continue;
    }
    const key = propertyKey(element, ctx);
    if (key === undefined) continue;
    taken.push(key);
    // A member typed with undefined is absent from the attribute set while it holds undefined: read it as null.
    const member = ctx.checker.getNonNullableType(ctx.typeOf(pattern)).getProperty(key);
    const absentWhenUndefined =
      member !== undefined && includesUndefined(ctx.checker.getTypeOfSymbol(member));
    const fallback = element.initializer
      ? ctx.lower(element.initializer)
      : absentWhenUndefined
        ? nix.NULL
        : undefined;
    const value = anySource
      ? withDefault(lowerAnyNamedMember(element.propertyName ?? element.name, key, from, ctx), fallback)
      : nix.select(from, key, fallback);
    bindings.push(...lowerBindingPattern(element.name, value, ctx));
  }
  return bindings;
}

function propertyKey(element: ts.BindingElement, ctx: TransformContext): string | undefined {
  const name = element.propertyName ?? element.name;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text));
  ctx.report(name, Diagnostics.destructuringNotSupported("a computed property name"));
  return undefined;
}

/** A member read as `o.k or null` that has a default: the default replaces the missing member, not a null. */
function withDefault(read: Expr, fallback: Expr | undefined): Expr {
  return fallback && read.kind === "select" ? nix.select(read.expr, read.path, fallback) : read;
}

function arrayPattern(
  pattern: ts.ArrayBindingPattern,
  from: Expr,
  anySource: boolean,
  ctx: TransformContext,
): Binding[] {
  const bindings: Binding[] = [];
  pattern.elements.forEach((element, index) => {
    if (ts.isOmittedExpression(element)) return;
    if (element.dotDotDotToken) {
      const rest = nix.apply(ctx.helpers.use("jsDrop"), nix.int(index), from);
      bindings.push(...lowerBindingPattern(element.name, rest, ctx));
      return;
    }
    if (anySource && !element.initializer) {
      const read = lowerAnyComputedMember(nix.int(index), from, ctx);
      return void bindings.push(...lowerBindingPattern(element.name, read, ctx));
    }
    const item = nix.callBuiltin("elemAt", from, nix.int(index));
    const value = element.initializer
      ? elementWithDefault(pattern, index, from, ctx.lower(element.initializer), anySource, ctx)
      : item;
    bindings.push(...lowerBindingPattern(element.name, value, ctx));
  });
  return bindings;
}

/**
 * `[a = d] = xs`: JS takes the default where the element is missing or undefined, and keeps a null. An element
 * typed to hold undefined (and not null) that is null takes the default; one that may be either (`number | null |
 * undefined`, `unknown`, generics, `any`) stops when evaluated, since Nix has one null.
 */
function elementWithDefault(
  pattern: ts.ArrayBindingPattern,
  index: number,
  from: Expr,
  fallback: Expr,
  anySource: boolean,
  ctx: TransformContext,
): Expr {
  const i = nix.int(index);
  const inRange = anySource
    ? nix.binop("&&", nix.callBuiltin("isList", from), nix.binop(">", nix.callBuiltin("length", from), i))
    : nix.binop(">", nix.callBuiltin("length", from), i);
  const elementType = anySource ? undefined : elementTypeAt(ctx.typeOf(pattern), index, ctx);
  const mayBeNull = elementType === undefined || mayHoldNull(ctx.checker, elementType);
  const mayBeUndefined = elementType === undefined || mayHoldUndefined(ctx.checker, elementType);
  if (!mayBeNull && !mayBeUndefined && !anySource) {
    return nix.ifThenElse(inRange, nix.callBuiltin("elemAt", from, i), fallback);
  }
  const read = anySource
    ? lowerAnyComputedMember(i, from, ctx)
    : nix.ifThenElse(inRange, nix.callBuiltin("elemAt", from, i), nix.NULL);
  const onNull =
    mayBeNull && mayBeUndefined
      ? nix.ifThenElse(inRange, nix.throwError(NULLISH_AMBIGUITY), fallback)
      : mayBeNull
        ? nix.ifThenElse(inRange, nix.NULL, fallback)
        : fallback;
  return ctx.bindOnce(read, "item", (item) => nix.ifThenElse(nix.binop("==", item, nix.NULL), onNull, item));
}

/** The type of element `index` of an array or tuple type. */
function elementTypeAt(type: ts.Type, index: number, ctx: TransformContext): ts.Type | undefined {
  const t = ctx.checker.getNonNullableType(type);
  const member = t.getProperty(String(index));
  if (member) return ctx.checker.getTypeOfSymbol(member);
  return elementTypeOf(ctx.checker, t);
}
