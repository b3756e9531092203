// Option declarations (lib/options.nix): `mkOption`, `mkEnableOption`, `mkPackageOption`, and the types that turn a
// tree of declared options into what modules read (`ConfigOf`) and what they may write (`DefinitionsOf`).
import type { AttrsDefinition, Definition } from "../definitions.js";
import type { OptionType } from "./option-types.js";
import type { Uninferred } from "../no-infer.js";
import type { Package, PackageValue } from "../typings/value-types.js";

declare const optionValue: unique symbol;
declare const optionDefinition: unique symbol;
declare const optionReadOnly: unique symbol;

/** A declared option: reads as V, accepts definitions D; `RO` marks options modules may not set. */
export interface Option<V, D, RO extends boolean = false> {
  readonly _type: "option";
  readonly [optionValue]?: V;
  readonly [optionDefinition]?: D;
  readonly [optionReadOnly]?: RO;
}

/** Any declared option. */
export type AnyOption = Option<unknown, unknown, boolean>;

/** Options nested in attribute sets, as a module's `options` declares them. */
export interface OptionTree {
  readonly [name: string]: AnyOption | OptionTree;
}

/** What reading a tree of options gives: every option as its value type. */
export type ConfigOf<O> = {
  readonly [K in keyof O]: O[K] extends Option<infer V, unknown, boolean> ? V : ConfigOf<O[K]>;
};

type WritableKeys<O> = {
  [K in keyof O]: O[K] extends Option<unknown, unknown, true> ? never : K;
}[keyof O];

/**
 * What a module may write for a tree of options: every option optional (absent or undefined leaves it to other
 * modules and its default), wrapped or not in mk*; read-only options cannot be set.
 */
export type DefinitionsOf<O> = {
  [K in WritableKeys<O>]?:
    | (O[K] extends Option<unknown, infer D, boolean> ? Definition<D> : AttrsDefinition<DefinitionsOf<O[K]>>)
    | undefined;
};

/** Text shown in the manual instead of a rendered value (`defaultText`, `example`). */
export interface LiteralExpression {
  readonly _type: "literalExpression";
  readonly text: string;
}

/** `lib.literalExpression text`: Nix code shown verbatim in the manual (nixpkgs lib ≥ 21.11). */
export function literalExpression(text: string): LiteralExpression {
  return { _type: "literalExpression", text };
}

export interface OptionSpec<V, D, RO extends boolean, A> {
  readonly type: OptionType<V, D>;
  /** The value when no module defines the option (checked against `type`). */
  readonly default?: Uninferred<D>;
  /** How the manual shows the default when the value itself would not read well. */
  readonly defaultText?: string | LiteralExpression;
  readonly example?: Uninferred<D> | LiteralExpression;
  /** Markdown shown in the manual and in your editor. */
  readonly description?: string;
  /** Set only by `default`: a module that defines it is a type error. */
  readonly readOnly?: RO;
  readonly internal?: boolean;
  readonly visible?: boolean | "shallow";
  /** Turns the merged value into what `config` reads. */
  readonly apply?: (value: NoInfer<V>) => A;
}

/**
 * `lib.mkOption { … }`. (`Uninferred` in the result: inside an `options` tree the expected type is any option,
 * which must not decide what this one reads as.)
 */
export function mkOption<V, D, RO extends boolean = false, A = V>(
  spec: OptionSpec<V, D, RO, A>,
): Option<Uninferred<A>, Uninferred<D>, NoInfer<RO>> {
  return { _type: "option", ...spec } as Option<A, D, RO>;
}

/** `lib.mkEnableOption name`: a boolean option, false by default, described as "Whether to enable <name>." */
export function mkEnableOption(name: string): Option<boolean, boolean> {
  return { _type: "option", name } as Option<boolean, boolean>;
}

/** Where `mkPackageOption` finds packages: `pkgs` as a module receives it. */
export interface PackageSet {
  readonly [name: string]: unknown;
}

/**
 * `lib.mkPackageOption pkgs "name" { default?, example? }`: a package option defaulting to `pkgs.<name>` (or to
 * the attribute path `default`) (nixpkgs lib ≥ 22.11).
 */
export function mkPackageOption(
  pkgs: PackageSet,
  name: string,
  spec: { readonly default?: string | readonly string[] | null; readonly example?: string } = {},
): Option<Package, PackageValue> {
  return { _type: "option", pkgs, name, ...spec } as unknown as Option<Package, PackageValue>;
}
