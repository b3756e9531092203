// Identifiers that stress renaming: Nix base-scope names (`map`, `toString`, `builtins`, …), Nix keywords that are
// ordinary TypeScript names (`then`, `rec`, `inherit`, `or`, `assert`), operator desugarings (`__sub`), `$` names,
// non-ASCII names, names of tsnix's runtime helpers and of the temporaries it generates.
import fc from "fast-check";
import type { NumKind, NumVar, Scope, StrVar } from "./numbers.js";

export const TRICKY_NAMES = [
  "x",
  "y",
  "i",
  "n",
  "map",
  "toString",
  "builtins",
  "true_",
  "null_",
  "$x",
  "$",
  "_",
  "x$",
  "$$",
  "then",
  "rec",
  "inherit",
  "or",
  "assert",
  "__sub",
  "__mul",
  "__lessThan",
  "abort",
  "derivation",
  "removeAttrs",
  "isNull",
  "baseNameOf",
  "fetchTarball",
  "scopedImport",
  "placeholder",
  "jsSlice",
  "jsPow",
  "jsRemainder",
  "list",
  "rest",
  "value",
  "acc",
  "a",
  "b",
  "f",
  "ñ",
  "π",
  "ö_1",
] as const;

export const trickyName: fc.Arbitrary<string> = fc.constantFrom(...TRICKY_NAMES);

/** `count` different names. */
export function distinctNames(count: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(trickyName, { minLength: count, maxLength: count });
}

const scopes = new Map<string, Scope>();

/** One Scope object per set of variables, so that the generators memoized per scope are built once. */
export function scopeOf(
  numbers: readonly (readonly [string, NumKind, number])[],
  strings: readonly (readonly [string, boolean])[] = [],
): Scope {
  const key = JSON.stringify([numbers, strings]);
  let scope = scopes.get(key);
  if (!scope) {
    const vars: NumVar[] = numbers.map(([name, kind, bound]) => ({ name, kind, bound }));
    const strs: StrVar[] = strings.map(([name, ascii]) => ({ name, ascii }));
    scope = { vars, strings: strs };
    scopes.set(key, scope);
  }
  return scope;
}

/** Round a bound up to a power of two (fewer distinct scopes, still a valid bound). */
export const roundBound = (bound: number): number => 2 ** Math.ceil(Math.log2(Math.max(1, bound)));
