// Destructuring (`const { a, b: [c] } = x`, destructured parameters) → one `let` binding per name, reading from
// the destructured value bound once.
import { ts } from "ts-morph";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Binding, Expr } from "../../nix/ast.js";
import { isAtomic, type TransformContext } from "../context.js";
import "../runtime/list-helpers.js";
import { isAny } from "../type-queries.js";
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
    const fallback = element.initializer ? ctx.lower(element.initializer) : undefined;
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
      ? nix.ifThenElse(
          nix.binop(">", nix.callBuiltin("length", from), nix.int(index)),
          item,
          ctx.lower(element.initializer),
        )
      : item;
    bindings.push(...lowerBindingPattern(element.name, value, ctx));
  });
  return bindings;
}
