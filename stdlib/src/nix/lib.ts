// `lib` as modules receive it: the part of nixpkgs' lib that configuration code uses most, typed. Members are Nix
// functions, called curried (`lib.optionals cond list`); their meaning is Nix's, and the compiler lowers each call
// so. The mk* wrappers and option helpers are the same as the ones imported from "tsnix".
import type {
  mkAfter,
  mkBefore,
  mkDefault,
  mkForce,
  mkIf,
  mkMerge,
  mkOrder,
  mkOverride,
} from "../definitions.js";
import type { mkEnableOption, mkOption, mkPackageOption, literalExpression } from "../modules/options.js";
import type { types } from "../modules/option-types.js";
import type { Package } from "../typings/value-types.js";

type Attrs<T> = { readonly [name: string]: T };

export interface Lib {
  readonly mkIf: typeof mkIf;
  readonly mkMerge: typeof mkMerge;
  readonly mkDefault: typeof mkDefault;
  readonly mkForce: typeof mkForce;
  readonly mkOverride: typeof mkOverride;
  readonly mkBefore: typeof mkBefore;
  readonly mkAfter: typeof mkAfter;
  readonly mkOrder: typeof mkOrder;
  readonly mkOption: typeof mkOption;
  readonly mkEnableOption: typeof mkEnableOption;
  readonly mkPackageOption: typeof mkPackageOption;
  readonly literalExpression: typeof literalExpression;
  readonly types: typeof types;
  /** `[ x ]` when `cond`, else `[ ]`. */
  optional<T>(cond: boolean, x: T): readonly T[];
  /** `xs` when `cond`, else `[ ]`. */
  optionals<T>(cond: boolean, xs: readonly T[]): readonly T[];
  /** `attrs` when `cond`, else `{ }`. */
  optionalAttrs<T extends object>(cond: boolean, attrs: T): Partial<T>;
  /** `s` when `cond`, else `""`. */
  optionalString(cond: boolean, s: string): string;
  concatStringsSep(separator: string, strings: readonly string[]): string;
  concatMapStringsSep<T>(separator: string, f: (x: T) => string, xs: readonly T[]): string;
  mapAttrs<T, R>(f: (name: string, value: T) => R, attrs: Attrs<T>): Attrs<R>;
  mapAttrsToList<T, R>(f: (name: string, value: T) => R, attrs: Attrs<T>): readonly R[];
  filterAttrs<T>(pred: (name: string, value: T) => boolean, attrs: Attrs<T>): Attrs<T>;
  genAttrs<T>(names: readonly string[], f: (name: string) => T): Attrs<T>;
  /** Merges attribute sets recursively; the right one wins. */
  recursiveUpdate<A extends object, B extends object>(left: A, right: B): A & B;
  hasPrefix(prefix: string, s: string): boolean;
  hasSuffix(suffix: string, s: string): boolean;
  toUpper(s: string): string;
  toLower(s: string): string;
  escapeShellArg(arg: string): string;
  /** The path of a package's main program (`meta.mainProgram`). */
  getExe(pkg: Package): string;
  makeBinPath(pkgs: readonly Package[]): string;
}
