// The module system's definition wrappers (mkIf, mkDefault, mkForce, mkMerge, mkOverride, mkBefore, mkAfter,
// mkOrder) as typed values. Their JavaScript values have exactly the shape nixpkgs' lib gives them, so a config
// computed in Node equals the one Nix computes; the compiler lowers calls to them to `lib.mk*`.

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

/** A value for an option of type T, or any module-system wrapper around such a value. */
export type Definition<T> = T | MkIf<T> | MkOverride<T> | MkMerge<T> | MkOrder<T>;

export function mkIf<T>(condition: boolean, content: Definition<T>): MkIf<T> {
  return { _type: "if", condition, content };
}
export function mkOverride<T>(priority: number, content: Definition<T>): MkOverride<T> {
  return { _type: "override", priority, content };
}
export function mkDefault<T>(content: Definition<T>): MkOverride<T> {
  return mkOverride(1000, content);
}
export function mkForce<T>(content: Definition<T>): MkOverride<T> {
  return mkOverride(50, content);
}
export function mkOptionDefault<T>(content: Definition<T>): MkOverride<T> {
  return mkOverride(1500, content);
}
export function mkMerge<T>(contents: readonly Definition<T>[]): MkMerge<T> {
  return { _type: "merge", contents };
}
export function mkOrder<T>(priority: number, content: Definition<T>): MkOrder<T> {
  return { _type: "order", priority, content };
}
export function mkBefore<T>(content: Definition<T>): MkOrder<T> {
  return mkOrder(500, content);
}
export function mkAfter<T>(content: Definition<T>): MkOrder<T> {
  return mkOrder(1500, content);
}
