// Questions the lowering asks the type checker: is this a string, a number, nullable, an array, an object…
//
// What a lowering may rely on (issue 12). TypeScript's types are unsound on purpose, so a query answers for every
// value the type admits, not for the values the type suggests:
// - Trusted: primitive kinds (`number` is a number, `string` a string, `boolean` a boolean), literal types (`"a" |
//   "b"` holds only those strings), `null`/`undefined` as spelled in a union of declared types (`number | undefined`
//   is never null), tuple lengths of literals, and the members a declared (non-index) object type says are present.
// - Never trusted: the key set of an object type (width subtyping adds members, possibly set to undefined), the
//   presence of an indexed member (`xs[i]`, `record[k]` may miss and read undefined, also behind `?.`/`??`),
//   definedness through `any`/`unknown`/generics (`mayHoldNull`/`mayHoldUndefined` answer "both": Nix has one null,
//   so where the program tells them apart tsnix refuses or checks when evaluated), the arity of a function type, and
//   the keys JavaScript inherits from Object.prototype (`constructor`, `toString`, `__proto__`…).
import { ts } from "../typescript.js";

const F = ts.TypeFlags;

/** The non-union parts of a type (a union's members, or the type itself). */
export function typeParts(type: ts.Type): readonly ts.Type[] {
  return type.isUnion() ? type.types : [type];
}

function every(type: ts.Type, test: (t: ts.Type) => boolean): boolean {
  return typeParts(type).every(test);
}
function some(type: ts.Type, test: (t: ts.Type) => boolean): boolean {
  return typeParts(type).some(test);
}

const has = (t: ts.Type, flags: ts.TypeFlags): boolean => (t.flags & flags) !== 0;

export const isNullPart = (t: ts.Type): boolean => has(t, F.Null);
export const isUndefinedPart = (t: ts.Type): boolean => has(t, F.Undefined | F.Void);
const isNullish = (t: ts.Type): boolean => has(t, F.Null | F.Undefined | F.Void);

export function isStringType(type: ts.Type): boolean {
  return every(type, (t) => has(t, F.StringLike) || isBrandedString(t));
}
/** `string & { brand }` (a `SecretPath`): every value of it is a string. */
function isBrandedString(type: ts.Type): boolean {
  return type.isIntersection() && type.types.some((t) => has(t, F.StringLike));
}
export function isNumberType(type: ts.Type): boolean {
  return every(type, (t) => has(t, F.NumberLike));
}
export function isBooleanType(type: ts.Type): boolean {
  return every(type, (t) => has(t, F.BooleanLike));
}
/** string, number, boolean or their literals — values Nix compares exactly like JavaScript's `===`. */
export function isPrimitiveType(type: ts.Type): boolean {
  return every(type, (t) => has(t, F.StringLike | F.NumberLike | F.BooleanLike | F.EnumLike) || isNullish(t));
}
/**
 * Which of null and undefined a value of `type` may be. `any`, `unknown` and type parameters (through their
 * constraint; unconstrained ones are `unknown`) may be either; an intersection only what each of its parts may be.
 */
function nullishKinds(
  checker: ts.TypeChecker,
  type: ts.Type,
  depth = 0,
): { null: boolean; undefined: boolean } {
  const kinds = { null: false, undefined: false };
  for (const t of typeParts(type)) {
    const f = t.flags;
    if (depth > 8 || f & (F.Any | F.Unknown)) return { null: true, undefined: true };
    if (f & F.Null) kinds.null = true;
    else if (f & (F.Undefined | F.Void)) kinds.undefined = true;
    else if (t.isIntersection()) {
      const parts = t.types.map((p) => nullishKinds(checker, p, depth + 1));
      kinds.null ||= parts.every((p) => p.null);
      kinds.undefined ||= parts.every((p) => p.undefined);
    } else if (f & F.Instantiable) {
      const constraint = checker.getBaseConstraintOfType(t);
      const inner =
        constraint && constraint !== t
          ? nullishKinds(checker, constraint, depth + 1)
          : { null: true, undefined: true };
      kinds.null ||= inner.null;
      kinds.undefined ||= inner.undefined;
    }
  }
  return kinds;
}
/** May a value of this type be JS `null`? True for `any`, `unknown` and type parameters that admit it. */
export function mayHoldNull(checker: ts.TypeChecker, type: ts.Type): boolean {
  return nullishKinds(checker, type).null;
}
/** May a value of this type be JS `undefined`? True for `any`, `unknown` and type parameters that admit it. */
export function mayHoldUndefined(checker: ts.TypeChecker, type: ts.Type): boolean {
  return nullishKinds(checker, type).undefined;
}
/**
 * A type that may hold both null and undefined without spelling either out (`any`, `unknown`, a type parameter
 * without a constraint that excludes them): a Nix null of this type may have been either.
 */
export function isOpenNullish(checker: ts.TypeChecker, type: ts.Type): boolean {
  const kinds = nullishKinds(checker, type);
  return kinds.null && kinds.undefined && !(includesNull(type) && includesUndefined(type));
}

export function isAnyOrUnknown(type: ts.Type): boolean {
  return has(type, F.Any | F.Unknown);
}
/** `any`, `unknown` or a type parameter somewhere in the union: the type does not say what kind of value it is. */
export function admitsAnyKind(type: ts.Type): boolean {
  return some(type, (t) => has(t, F.Any | F.Unknown | F.TypeParameter));
}
export function isAny(type: ts.Type): boolean {
  return has(type, F.Any);
}
export function includesNull(type: ts.Type): boolean {
  return some(type, isNullPart);
}
export function includesUndefined(type: ts.Type): boolean {
  return some(type, isUndefinedPart);
}
export function includesNullish(type: ts.Type): boolean {
  return some(type, isNullish);
}
export function isNullOrUndefinedOnly(type: ts.Type): boolean {
  return every(type, isNullish);
}
export function includesString(type: ts.Type): boolean {
  return some(type, (t) => has(t, F.StringLike));
}
export function includesNumber(type: ts.Type): boolean {
  return some(type, (t) => has(t, F.NumberLike));
}

/** The type without null/undefined parts. */
export function nonNullable(checker: ts.TypeChecker, type: ts.Type): ts.Type {
  return checker.getNonNullableType(type);
}

export function isArrayLikeType(checker: ts.TypeChecker, type: ts.Type): boolean {
  const parts = typeParts(nonNullable(checker, type));
  return parts.length > 0 && parts.every((t) => checker.isArrayType(t) || checker.isTupleType(t));
}

export function isFunctionType(type: ts.Type): boolean {
  return every(type, (t) => t.getCallSignatures().length > 0);
}

/** Objects, arrays and functions: values that are always truthy in JavaScript. */
export function isObjectPart(checker: ts.TypeChecker, t: ts.Type): boolean {
  if (has(t, F.Object | F.NonPrimitive)) return true;
  if (t.isIntersection()) return t.types.some((p) => isObjectPart(checker, p));
  return false;
}

/** Element type of an array or the union of a tuple's element types. */
export function elementTypeOf(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  const t = nonNullable(checker, type);
  if (checker.isArrayType(t)) return checker.getTypeArguments(t as ts.TypeReference)[0];
  return t.getNumberIndexType() ?? undefined;
}

/**
 * Does `type` have its own member `name`, as opposed to one every object inherits from Object.prototype? (The
 * checker answers `getProperty("constructor")` with Object's member even for a Record.)
 */
export function hasOwnMember(checker: ts.TypeChecker, type: ts.Type, name: string): boolean {
  const property = type.getProperty(name);
  if (!property) return false;
  const objectSymbol = checker.resolveName("Object", undefined, ts.SymbolFlags.Type, false);
  const inherited = objectSymbol && checker.getDeclaredTypeOfSymbol(objectSymbol).getProperty(name);
  return property !== inherited;
}

/** The declared property of an object type, if it is declared (not through an index signature). */
export function declaredProperty(type: ts.Type, name: string): ts.Symbol | undefined {
  return type.getProperty(name);
}

export function isOptionalProperty(symbol: ts.Symbol): boolean {
  return (symbol.flags & ts.SymbolFlags.Optional) !== 0;
}

/** Does the (non-nullable) object type have a string index signature (a Record / dictionary)? */
export function hasStringIndex(checker: ts.TypeChecker, type: ts.Type): boolean {
  return typeParts(nonNullable(checker, type)).some((t) => t.getStringIndexType() !== undefined);
}

export function typeToString(checker: ts.TypeChecker, type: ts.Type): string {
  return checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
}

/**
 * Members that may be present with the value undefined, by name; "*" for an index signature whose values may be
 * undefined. tsnix checks with `exactOptionalPropertyTypes`, so an optional member (`port?: number`) is absent or
 * a number; only a member typed with an explicit `undefined` (`port?: number | undefined`, `c ? 1 : undefined`)
 * can hold it. Under that option the checker reads an optional member as `T | missing`, where `missing` is an
 * undefined type distinct from the real one. (A member typed `any`, `unknown` or generic is always kept, see
 * objects.ts; a view that hides a member of this kind is refused where it is taken, see hidden-members.ts.)
 */
export function undefinedableMembers(checker: ts.TypeChecker, type: ts.Type): string[] {
  const names: string[] = [];
  const holdsUndefined = (t: ts.Type) => typeParts(t).some((part) => part === checker.getUndefinedType());
  for (const part of typeParts(nonNullable(checker, type))) {
    for (const property of part.getProperties()) {
      if (holdsUndefined(checker.getTypeOfSymbol(property))) names.push(property.name);
    }
    const index = part.getStringIndexType() ?? part.getNumberIndexType();
    if (index && holdsUndefined(index)) names.push("*");
  }
  return names;
}
