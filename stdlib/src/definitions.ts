// The module system's definition wrappers (mkIf, mkDefault, mkForce, mkMerge, mkOverride, mkBefore, mkAfter,
// mkOrder) as typed values. Their JavaScript values have exactly the shape nixpkgs' lib gives them, so a config
// computed in Node equals the one Nix computes; the compiler lowers calls to them to `lib.mk*`.
import type { Uninferred } from "./no-infer.js";

/** `lib.mkIf condition content` */
export interface MkIf<T> {
  readonly _type: "if";
  readonly condition: boolean;
  readonly content: Definition<T>;
}

/** `lib.mkOverride priority content` (mkDefault is 1000, mkForce 50, mkOptionDefault 1500) */
export interface MkOverride<T> {
  readonly _type: "override";
  readonly priority: number;
  readonly content: Definition<T>;
}

/** `lib.mkMerge contents` */
export interface MkMerge<T> {
  readonly _type: "merge";
  readonly contents: readonly Definition<T>[];
}

/** `lib.mkOrder priority content` (mkBefore is 500, mkAfter 1500) */
export interface MkOrder<T> {
  readonly _type: "order";
  readonly priority: number;
  readonly content: Definition<T>;
}
declare const unordered: unique symbol;

/**
 * Marks a definition type whose values mkOrder cannot wrap: a submodule's. The module system sorts ordered
 * definitions and leaves their priority beside them, which lib's submodule merge refuses (`called with unexpected
 * argument 'priority'`). TypeScript cannot refuse such an mkOrder without losing what mkIf wraps (any type that
 * depends on the mark does that), so the compiler does (TSNIX1620).
 */
export interface Unordered {
  readonly [unordered]?: true;
}

/** A value for an option of type T, or any module-system wrapper around such a value. */
export type Definition<T> = T | MkIf<T> | MkOverride<T> | MkMerge<T> | MkOrder<T>;

/**
 * A value for an attribute set of options (`services`, `services.nginx`: not an option itself). The module system
 * pushes mkIf, mkOverride and mkMerge down into its attributes, but not mkOrder.
 */
export type AttrsDefinition<T> = T | MkIf<T> | MkOverride<T> | MkMerge<T>;

/**
 * The content parameter of the mk* functions. Where an option type is expected, T is inferred from that type alone
 * (`Uninferred`, see no-infer.ts), so the content is checked against the option — misspelled names included — at
 * the offending line. Without an expected type (`const x = mkDefault(1)`), T stays `unknown` and the content's own
 * type A is kept. (`Uninferred` goes inside `Definition`: around the whole union it would keep TypeScript from
 * pointing at the offending property.)
 */
export type DefinitionContent<T, A> = unknown extends T ? A : Definition<Uninferred<T>>;

/** The type an mk* call wraps: the expected option type when there is one, the content's own type otherwise. */
export type DefinedType<T, A> = unknown extends T ? A : T;

export function mkIf<T, const A = never>(
  condition: boolean,
  content: DefinitionContent<T, A>,
): MkIf<DefinedType<T, A>> {
  return { _type: "if", condition, content: content as Definition<DefinedType<T, A>> };
}
export function mkOverride<T, const A = never>(
  priority: number,
  content: DefinitionContent<T, A>,
): MkOverride<DefinedType<T, A>> {
  return overrideWith(priority, content);
}
export function mkDefault<T, const A = never>(
  content: DefinitionContent<T, A>,
): MkOverride<DefinedType<T, A>> {
  return overrideWith(1000, content);
}
export function mkForce<T, const A = never>(content: DefinitionContent<T, A>): MkOverride<DefinedType<T, A>> {
  return overrideWith(50, content);
}
export function mkOptionDefault<T, const A = never>(
  content: DefinitionContent<T, A>,
): MkOverride<DefinedType<T, A>> {
  return overrideWith(1500, content);
}
export function mkMerge<T, const A = never>(
  contents: readonly DefinitionContent<T, A>[],
): MkMerge<DefinedType<T, A>> {
  return { _type: "merge", contents: contents as readonly Definition<DefinedType<T, A>>[] };
}
export function mkOrder<T, const A = never>(
  priority: number,
  content: DefinitionContent<T, A>,
): MkOrder<DefinedType<T, A>> {
  return orderWith(priority, content);
}
export function mkBefore<T, const A = never>(content: DefinitionContent<T, A>): MkOrder<DefinedType<T, A>> {
  return orderWith(500, content);
}
export function mkAfter<T, const A = never>(content: DefinitionContent<T, A>): MkOrder<DefinedType<T, A>> {
  return orderWith(1500, content);
}

function overrideWith<T>(priority: number, content: unknown): MkOverride<T> {
  return { _type: "override", priority, content: content as Definition<T> };
}
function orderWith<T>(priority: number, content: unknown): MkOrder<T> {
  return { _type: "order", priority, content: content as Definition<T> };
}
