// NixOS modules written in TypeScript (lib/modules.nix): `defineModule({ imports, options, config })`. The options a
// module declares — and those of every module it imports — type its `config` argument and what its `config` may
// set, by inference: no generation step.
import type { AttrsDefinition } from "../definitions.js";
import type { NixosConfig } from "../option-sets.js";
import type { NixPath } from "../typings/value-types.js";
import type { Lib } from "../nix/lib.js";
import type { Pkgs } from "../nix/pkgs.js";
import type { ConfigValue, NixosValues } from "./config-values.js";
import type { ConfigOf, DefinitionsOf, OptionTree } from "./options.js";

declare const moduleOptions: unique symbol;
declare const moduleDefinitions: unique symbol;

/**
 * A NixOS module. O is every option it declares or imports, in TypeScript, which is what importing it makes
 * visible; E the definitions of option sets it brings along that have generated typings (an input's module, such
 * as sops-nix's: `sops.*`).
 */
export interface Module<O, E = unknown> {
  readonly _type: "module";
  readonly [moduleOptions]?: O;
  readonly [moduleDefinitions]?: E;
}

/**
 * What `imports` (and a host's `modules`) accept: TypeScript modules, hand-written `.nix` files (`path()`), the
 * modules of flake inputs (`inputs["sops-nix"].nixosModules.sops`) and of nixpkgs (`nixosModule("…")`).
 */
export type ModuleImport = Module<unknown, unknown> | NixPath;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** The options a list of imports makes visible (`unknown`, the neutral type, for none; `.nix` files add none). */
export type ImportedOptions<I extends readonly unknown[]> = UnionToIntersection<
  I[number] extends infer M ? (M extends Module<infer O, unknown> ? O : {}) : never
>;

/** The typed option sets a list of imports brings along (see `Module`). */
export type ImportedDefinitions<I extends readonly unknown[]> = UnionToIntersection<
  I[number] extends infer M ? (M extends Module<unknown, infer E> ? E : {}) : never
>;

/**
 * Extra arguments every module receives, beyond NixOS's own (`config`, `options`, `pkgs`, `lib`, `modulesPath`):
 * a host's `specialArgs`. Augment it where you pass them:
 * `declare module "tsnix" { interface ExtraModuleArgs { inputs: MyInputs } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ExtraModuleArgs {}

/** The arguments a module's `config` function receives (destructure the ones you use). */
export interface ModuleArgs<O, E = unknown> extends ExtraModuleArgs {
  /** The merged configuration: this module's options, those it imports, and NixOS's. */
  readonly config: ConfigOf<O> & NixosValues & ConfigValue<E>;
  readonly pkgs: Pkgs;
  readonly lib: Lib;
  /** The `nixos/modules` directory of the nixpkgs being used. */
  readonly modulesPath: string;
}

/** What a module's `config` holds: definitions of NixOS options and of the visible TS-declared ones. */
export type ModuleBody<O, E = unknown> = AttrsDefinition<DefinitionsOf<O> & NixosConfig & E>;

/** A module's `config`: a value, or a function of the module arguments. */
export type ModuleConfig<O, E = unknown> = ModuleBody<O, E> | ((args: ModuleArgs<O, E>) => ModuleBody<O, E>);

/**
 * `ModuleConfig` of the options own declarations `O` and imports `I` make visible. The body is a (distributive)
 * conditional type on purpose: TypeScript instantiates a conditional contextual type with what it has inferred for
 * `O` and `I` so far, but leaves an object type (such as the mapped `DefinitionsOf`) generic, and then loses the
 * option types inside a config (`mkDefault("b")` for an enum read as a string). A config function is typed outside
 * the conditional: its arguments instantiated that early would miss the options an `options` function declares
 * (inferred in the same pass), and its result, checked once `O` and `I` are fixed, keeps the options of imported
 * submodules that the conditional loses under mk* (`DefinitionsOf<unknown>`).
 */
export type ConfigSlot<O, I extends readonly unknown[]> =
  | ConfigBodySlot<O, I>
  | ((
      args: ModuleArgs<O & ImportedOptions<I>, ImportedDefinitions<I>>,
    ) => ModuleBody<O & ImportedOptions<I>, ImportedDefinitions<I>>);

type ConfigBodySlot<O, I extends readonly unknown[]> = I extends unknown
  ? ModuleBody<O & ImportedOptions<I>, ImportedDefinitions<I>>
  : never;

/**
 * A module's `options`: the tree, or a function of the module arguments returning it, for declarations that need
 * them (`mkPackageOption(pkgs, "git")`, a default read from config). The function sees the options of the
 * imports, not the module's own.
 */
export type ModuleOptions<O, I extends readonly unknown[]> =
  O | ((args: ModuleArgs<ImportedOptions<I>, ImportedDefinitions<I>>) => O);

export interface ModuleSpec<O extends OptionTree, I extends readonly ModuleImport[]> {
  /** Other modules whose options this one reads or sets, and hand-written `.nix` modules (`path("./x.nix")`). */
  readonly imports?: I;
  /** The options this module declares, nested as they appear in `config` (or a function returning them). */
  readonly options?: ModuleOptions<O, I>;
  readonly config?: ConfigSlot<O, I>;
}

/**
 * A NixOS module. Exported as a file's default, it compiles to that file's `.nix` module
 * (`{ config, lib, pkgs, ... }: { _file; imports; options; config; }`).
 */
export function defineModule<const O extends OptionTree = {}, const I extends readonly ModuleImport[] = []>(
  spec: ModuleSpec<O, I>,
): Module<O & ImportedOptions<I>, ImportedDefinitions<I>> {
  return { _type: "module", ...spec } as Module<O & ImportedOptions<I>, ImportedDefinitions<I>>;
}
