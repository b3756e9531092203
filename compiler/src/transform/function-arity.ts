// How many arguments a call passes, and how many a function value takes. A function type's parameter list does not
// pin the arity of the value behind it (overloads, call signatures, unions of function types, a member seen through
// a narrower or wider object type, a callback with an extra optional parameter), while a curried Nix function must
// be applied to exactly its arity. The rule: the arity of a function *type* is the largest parameter count among all
// its call signatures (overloads and union members included, at least one); every call passes that many arguments
// (missing ones null, JS's undefined), every function value takes that many for the type it is created at, and a
// value flowing into a place whose type gives another arity is eta-expanded there (adaptArity). A function nested
// in an object, an array or a result that flows into a view with another arity cannot be adapted without rebuilding
// the value, so that flow is refused (TSNIX1250).
import { ts } from "../typescript.js";
import { typeParts } from "./type-queries.js";

/** All call signatures of a type: those of every union member (a union's own list is empty when they differ). */
export function callSignaturesOf(type: ts.Type): readonly ts.Signature[] {
  return typeParts(type).flatMap((t) => t.getCallSignatures());
}

/** The arity of a function type: its largest parameter count over every call signature, ≥ 1; undefined if none. */
export function arityOfType(type: ts.Type): number | undefined {
  const signatures = callSignaturesOf(type);
  if (signatures.length === 0) return undefined;
  return Math.max(1, ...signatures.map((s) => s.parameters.length));
}

export interface NestedMismatch {
  readonly path: string;
  readonly own: number;
  readonly seen: number;
}

const MAX_DEPTH = 4;
const MAX_MEMBERS = 200;

/**
 * A function reachable inside a value of type `source` (a member, an element, a result) whose arity differs from
 * the function at the same place in `target`, the type the value is seen as. The top level is not looked at: a
 * function value itself is adapted where it flows.
 */
export function nestedArityMismatch(
  checker: ts.TypeChecker,
  source: ts.Type,
  target: ts.Type,
): NestedMismatch | undefined {
  return compare(checker, source, target, "", 0, new Set());
}

function compare(
  checker: ts.TypeChecker,
  source: ts.Type,
  target: ts.Type,
  path: string,
  depth: number,
  seen: Set<string>,
): NestedMismatch | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const s = viewOf(checker, source);
  const t = viewOf(checker, target);
  if (s === t || !s || !t) return undefined;
  const key = `${idOf(s)}:${idOf(t)}`;
  if (seen.has(key)) return undefined;
  seen.add(key);
  for (const part of typeParts(s)) {
    const found = compareParts(checker, part, t, path, depth, seen);
    if (found) return found;
  }
  return undefined;
}

function compareParts(
  checker: ts.TypeChecker,
  s: ts.Type,
  t: ts.Type,
  path: string,
  depth: number,
  seen: Set<string>,
): NestedMismatch | undefined {
  const own = arityOfType(s);
  const expected = arityOfType(t);
  if (own !== undefined && expected !== undefined) {
    if (depth > 0 && own !== expected) return { path: path || "(value)", own, seen: expected };
    const sReturn = returnTypeOf(s);
    const tReturn = returnTypeOf(t);
    return sReturn && tReturn ? compare(checker, sReturn, tReturn, `${path}()`, depth + 1, seen) : undefined;
  }
  const sElement = elementOf(checker, s);
  const tElement = elementOf(checker, t);
  if (sElement && tElement) return compare(checker, sElement, tElement, `${path}[]`, depth + 1, seen);
  if (t.isUnion()) return undefined;
  const members = t.getProperties();
  if (members.length > MAX_MEMBERS) return undefined;
  for (const member of members) {
    const sMember = s.getProperty(member.name);
    if (!sMember) continue;
    const found = compare(
      checker,
      checker.getTypeOfSymbol(sMember),
      checker.getTypeOfSymbol(member),
      path ? `${path}.${member.name}` : member.name,
      depth + 1,
      seen,
    );
    if (found) return found;
  }
  return undefined;
}

/** The type without null/undefined, a type parameter replaced by its constraint; undefined for any/unknown. */
function viewOf(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  let t = checker.getNonNullableType(type);
  if (t.flags & ts.TypeFlags.TypeParameter) t = checker.getBaseConstraintOfType(t) ?? t;
  if (t.flags & NOT_VIEWED) return undefined;
  return t;
}

function returnTypeOf(type: ts.Type): ts.Type | undefined {
  const returns = callSignaturesOf(type).map((s) => s.getReturnType());
  return returns.length === 1 ? returns[0] : undefined;
}

function elementOf(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  if (!checker.isArrayType(type) && !checker.isTupleType(type)) return undefined;
  return type.getNumberIndexType();
}

const F = ts.TypeFlags;
const NOT_VIEWED =
  F.Any |
  F.Unknown |
  F.StringLike |
  F.NumberLike |
  F.BooleanLike |
  F.EnumLike |
  F.BigIntLike |
  F.ESSymbolLike |
  F.Never |
  F.Void |
  F.Null |
  F.Undefined;

const idOf = (type: ts.Type): number => (type as unknown as { id: number }).id;
