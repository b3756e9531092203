// Object.* functions. keys/values/entries are exact where their order cannot be observed (key-order.ts);
// fromEntries keeps JS's "last duplicate wins"; `Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f]))`
// reads as `builtins.mapAttrs`.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import "../runtime/list-helpers.js";
import { isStringType, typeParts, undefinedableMembers } from "../type-queries.js";
import { isAnyReceiver, lowerAnyHasKey } from "../visitors/any-members.js";
import { memberValueGuard } from "../visitors/magic-members.js";
import { lowerAssignedSources } from "../visitors/objects.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { expectArguments, knownString } from "./arguments.js";
import { globalMember } from "./globals.js";
import { keyOrderOf, orderIsObservable } from "./key-order.js";
import type { GlobalLowering, GlobalTable } from "./lowering-types.js";
import { toJsString } from "./to-js-string.js";

/**
 * A type whose values most likely have several keys: two declared members or an index signature. It proves
 * nothing about order (see keyOrderOf), but listing such a value in order is refused now rather than when evaluated.
 */
function likelySeveralKeys(node: ts.Expression, ctx: TransformContext): boolean {
  return typeParts(ctx.checker.getNonNullableType(ctx.typeOf(node))).some(
    (t) => t.getStringIndexType() !== undefined || t.getProperties().length > 1,
  );
}

const listing =
  (name: "keys" | "values" | "entries", build: (o: Expr, ctx: TransformContext) => Expr): GlobalLowering =>
  (call, ctx) => {
    if (!expectArguments(call, 1, 1, ctx)) return nix.NULL;
    const argument = call.arguments[0]!;
    const order = orderIsObservable(call, ctx) ? keyOrderOf(argument, ctx) : "nix";
    if (order === "other" || (order === "unknown" && likelySeveralKeys(argument, ctx))) {
      return ctx.fail(call, Diagnostics.insertionOrder(`Object.${name}`));
    }
    if (undefinedableMembers(ctx.checker, ctx.typeOf(argument)).length > 0) {
      return ctx.fail(argument, Diagnostics.undefinedMember(`'${ctx.typeText(argument)}'`));
    }
    const value = ctx.lower(argument);
    // Any value may have more keys than its type names: one with a single key is listed the same in any order.
    return build(order === "unknown" ? nix.apply(ctx.helpers.use("jsOneKeyAtMost"), value) : value, ctx);
  };

const entries = (o: Expr, ctx: TransformContext): Expr =>
  ctx.bindOnce(o, "attrs", (attrs) =>
    nix.apply(
      nix.ident("map"),
      ctx.lambda("name", (name) => nix.list([name, nix.select(attrs, [nix.dynamicKey(name)])])),
      nix.callBuiltin("attrNames", attrs),
    ),
  );

/** `Object.fromEntries(Object.entries(o).map(([k, v]) => [k, value]))` → `builtins.mapAttrs (k: v: value) o`. */
function asMapAttrs(argument: ts.Expression, ctx: TransformContext): Expr | undefined {
  const map = skipTypeWrappers(argument);
  if (
    !ts.isCallExpression(map) ||
    !ts.isPropertyAccessExpression(map.expression) ||
    map.expression.name.text !== "map"
  )
    return undefined;
  const source = skipTypeWrappers(map.expression.expression);
  if (!ts.isCallExpression(source)) return undefined;
  const owner = globalMember(source.expression, ctx);
  if (!owner || owner[0] !== "Object" || owner[1] !== "entries" || source.arguments.length !== 1)
    return undefined;
  const callback = map.arguments[0];
  if (!callback || !ts.isArrowFunction(callback) || callback.parameters.length !== 1) return undefined;
  const pattern = callback.parameters[0]!.name;
  const body = ts.isBlock(callback.body) ? undefined : skipTypeWrappers(callback.body);
  if (
    !ts.isArrayBindingPattern(pattern) ||
    pattern.elements.length !== 2 ||
    !body ||
    !ts.isArrayLiteralExpression(body)
  )
    return undefined;
  const [keyElement, valueElement] = pattern.elements;
  if (
    !keyElement ||
    !valueElement ||
    ts.isOmittedExpression(keyElement) ||
    ts.isOmittedExpression(valueElement)
  )
    return undefined;
  if (
    !ts.isIdentifier(keyElement.name) ||
    !ts.isIdentifier(valueElement.name) ||
    keyElement.initializer ||
    valueElement.initializer
  )
    return undefined;
  const [first, second] = body.elements;
  if (
    body.elements.length !== 2 ||
    !first ||
    !second ||
    !ts.isIdentifier(first) ||
    first.text !== keyElement.name.text
  )
    return undefined;
  const keySymbol = ctx.checker.getSymbolAtLocation(keyElement.name);
  const valueSymbol = ctx.checker.getSymbolAtLocation(valueElement.name);
  if (!keySymbol || !valueSymbol) return undefined;
  // The keys stay those of the source; a new value of the key `type` may turn the set into a package.
  const key = nix.ident(ctx.naming.nameOf(keySymbol));
  const guard = memberValueGuard([nix.dynamicKey(key)], second, ctx);
  const value = ctx.lower(second);
  const fn = nix.lambda(
    key.name,
    nix.lambda(ctx.naming.nameOf(valueSymbol), typeof guard === "function" ? guard(value) : value),
  );
  return nix.callBuiltin("mapAttrs", fn, ctx.lower(source.arguments[0]!));
}

const fromEntries: GlobalLowering = (call, ctx) => {
  if (!expectArguments(call, 1, 1, ctx)) return nix.NULL;
  const argument = call.arguments[0]!;
  const mapAttrs = asMapAttrs(argument, ctx);
  if (mapAttrs) return mapAttrs;
  // A tuple entry whose key is typed as something other than a string would need JS's String(key); arrays typed
  // `(string | T)[]` (what `.map((x) => [k, v])` infers) are checked by Nix itself: listToAttrs wants strings.
  const entryType = ctx.typeOf(argument).getNumberIndexType();
  const keyType =
    entryType && ctx.checker.isTupleType(entryType)
      ? ctx.checker.getTypeArguments(entryType as ts.TypeReference)[0]
      : undefined;
  if (keyType && !isStringType(keyType)) {
    return ctx.fail(argument, Diagnostics.unsupportedArgument("Object.fromEntries", "keys must be strings."));
  }
  return nix.apply(ctx.helpers.use("jsFromEntries"), ctx.lower(argument));
};

export const objectFunctions: GlobalTable = {
  keys: listing("keys", (o) => nix.callBuiltin("attrNames", o)),
  values: listing("values", (o) => nix.callBuiltin("attrValues", o)),
  entries: listing("entries", entries),
  fromEntries,
  hasOwn: (call, ctx) => {
    if (!expectArguments(call, 2, 2, ctx)) return nix.NULL;
    const key = call.arguments[1]!;
    if (isAnyReceiver(call.arguments[0]!, ctx)) return anyHasOwn(call.arguments[0]!, key, ctx);
    if (!checkPresenceTest(call.arguments[0]!, key, ctx)) return nix.NULL;
    const name = isStringType(ctx.typeOf(key)) ? ctx.lower(key) : toJsString(key, ctx);
    return nix.callBuiltin("hasAttr", name, ctx.lower(call.arguments[0]!));
  },
  assign: (call, ctx) => {
    const [target, ...sources] = call.arguments;
    const first = target && skipTypeWrappers(target);
    if (!first || !ts.isObjectLiteralExpression(first) || first.properties.length > 0) {
      return ctx.fail(call, Diagnostics.mutationNotSupported("Object.assign into an existing object"));
    }
    if (sources.some(ts.isSpreadElement)) return ctx.fail(call, Diagnostics.spreadArgumentNotSupported());
    return lowerAssignedSources(sources, ctx);
  },
  freeze: (call, ctx) => (expectArguments(call, 1, 1, ctx) ? ctx.lower(call.arguments[0]!) : nix.NULL),
};

/** `Object.hasOwn(o, k)` for an `o` typed any: the key known now is checked now, otherwise when evaluated. */
function anyHasOwn(object: ts.Expression, key: ts.Expression, ctx: TransformContext): Expr {
  const known = knownString(key, ctx);
  if (known !== undefined) return lowerAnyHasKey(key, known, ctx.lower(object), ctx);
  const name = isStringType(ctx.typeOf(key)) ? ctx.lower(key) : toJsString(key, ctx);
  return nix.apply(ctx.helpers.use("jsAnyHasOwn"), ctx.lower(object), name);
}

/** `Object.hasOwn(o, k)` / `k in o` are exact unless the key may be present with the value undefined. */
export function checkPresenceTest(object: ts.Expression, key: ts.Expression, ctx: TransformContext): boolean {
  const members = undefinedableMembers(ctx.checker, ctx.typeOf(object));
  const inner = skipTypeWrappers(key);
  const literal = ts.isStringLiteral(inner) ? inner.text : undefined;
  const risky =
    literal === undefined ? members.length > 0 : members.includes(literal) || members.includes("*");
  if (risky)
    ctx.report(key, Diagnostics.undefinedMember(literal === undefined ? "This object" : `'${literal}'`));
  return !risky;
}
