// Modules written in TypeScript (lib/modules.nix): `defineModule({ imports, options, config })` for NixOS (and, with
// another context, home-manager's `defineHome` and nix-darwin's `defineDarwinModule`, see home.ts and darwin.ts).
// The options a module declares — and those of every module it imports — type its `config` argument and what its
// `config` may set, by inference: no generation step.
import type { AttrsDefinition } from "../definitions.js";
import type { DarwinConfig, HomeManagerConfig, NixosConfig } from "../option-sets.js";
import type { NixPath } from "../typings/value-types.js";
import type { Lib } from "../nix/lib.js";
import type { Pkgs } from "../nix/pkgs.js";
import type { ConfigValue, DarwinValues, HomeManagerValues, NixosValues } from "./config-values.js";
import type { ConfigOf, DefinitionsOf, OptionTree } from "./options.js";

declare const moduleOptions: unique symbol;
declare const moduleDefinitions: unique symbol;
declare const moduleContext: unique symbol;

/**
 * Which module system a module belongs to: NixOS (`defineModule`, `defineHost`), home-manager (`defineHome`) or
 * nix-darwin (`defineDarwinModule`, `defineDarwin`). Each has its own options, so a module of one is a type error
 * where another's belongs.
 */
export type ModuleContext = "nixos" | "home" | "darwin";

/**
 * A module. O is every option it declares or imports, in TypeScript, which is what importing it makes visible; E
 * the definitions of option sets it brings along that have generated typings (an input's module, such as
 * sops-nix's: `sops.*`); C the module system it belongs to.
 */
export interface Module<O, E = unknown, C extends ModuleContext = "nixos"> {
  readonly _type: "module";
  readonly [moduleOptions]?: O;
  readonly [moduleDefinitions]?: E;
  readonly [moduleContext]?: C;
}

/**
 * What `imports` (and a host's `modules`) accept: TypeScript modules of the same context, hand-written `.nix` files
 * (`path()`), the modules of flake inputs (`inputs["sops-nix"].nixosModules.sops`) and of nixpkgs
 * (`nixosModule("…")`).
 */
export type ModuleImport<C extends ModuleContext = "nixos"> = Module<unknown, unknown, C> | NixPath;

/** The options every module of context C can set: NixOS's, home-manager's or nix-darwin's (loose without typings). */
export type ContextConfig<C extends ModuleContext> = C extends "home"
  ? HomeManagerConfig
  : C extends "darwin"
    ? DarwinConfig
    : NixosConfig;

/** What `config` reads of the options of context C. */
export type ContextValues<C extends ModuleContext> = C extends "home"
  ? HomeManagerValues
  : C extends "darwin"
    ? DarwinValues
    : NixosValues;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/**
 * `{}` for `unknown` (a module that adds nothing TypeScript knows of, such as an untyped input's): in the union of
 * the imports' parts, `unknown` would swallow what the other imports add.
 */
type Known<T> = unknown extends T ? {} : T;

/** The options a list of imports makes visible (`unknown`, the neutral type, for none; `.nix` files add none). */
export type ImportedOptions<I extends readonly unknown[]> = UnionToIntersection<
  I[number] extends infer M ? (M extends Module<infer O, unknown, ModuleContext> ? Known<O> : {}) : never
>;

/** The typed option sets a list of imports brings along (see `Module`). */
export type ImportedDefinitions<I extends readonly unknown[]> = UnionToIntersection<
  I[number] extends infer M ? (M extends Module<unknown, infer E, ModuleContext> ? Known<E> : {}) : never
>;

/**
 * Extra arguments every module receives, beyond NixOS's own (`config`, `options`, `pkgs`, `lib`, `modulesPath`):
 * a host's `specialArgs`. Augment it where you pass them:
 * `declare module "tsnix" { interface ExtraModuleArgs { inputs: MyInputs } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ExtraModuleArgs {}

/** The arguments a module's `config` function receives (destructure the ones you use). */
export interface ModuleArgs<O, E = unknown, C extends ModuleContext = "nixos"> extends ExtraModuleArgs {
  /** The merged configuration: this module's options, those it imports, and NixOS's (home-manager's, nix-darwin's). */
  readonly config: ConfigOf<O> & ContextValues<C> & ConfigValue<E>;
  readonly pkgs: Pkgs;
  readonly lib: Lib;
  /** The `nixos/modules` directory of the nixpkgs being used (NixOS modules only). */
  readonly modulesPath: string;
}

/** What a module's `config` holds: definitions of NixOS (…) options and of the visible TS-declared ones. */
export type ModuleBody<O, E = unknown, C extends ModuleContext = "nixos"> = AttrsDefinition<
  DefinitionsOf<O> & ContextConfig<C> & E
>;

/** A module's `config`: a value, or a function of the module arguments. */
export type ModuleConfig<O, E = unknown, C extends ModuleContext = "nixos"> =
  ModuleBody<O, E, C> | ((args: ModuleArgs<O, E, C>) => ModuleBody<O, E, C>);

/**
 * `ModuleConfig` of the options own declarations `O` and imports `I` make visible. The body is a (distributive)
 * conditional type on purpose: TypeScript instantiates a conditional contextual type with what it has inferred for
 * `O` and `I` so far, but leaves an object type (such as the mapped `DefinitionsOf`) generic, and then loses the
 * option types inside a config (`mkDefault("b")` for an enum read as a string). A config function is typed outside
 * the conditional: its arguments instantiated that early would miss the options an `options` function declares
 * (inferred in the same pass), and its result, checked once `O` and `I` are fixed, keeps the options of imported
 * submodules that the conditional loses under mk* (`DefinitionsOf<unknown>`).
 */
export type ConfigSlot<O, I extends readonly unknown[], C extends ModuleContext = "nixos"> =
  | ConfigBodySlot<O, I, C>
  | ((
      args: ModuleArgs<O & ImportedOptions<I>, ImportedDefinitions<I>, C>,
    ) => ModuleBody<O & ImportedOptions<I>, ImportedDefinitions<I>, C>);

type ConfigBodySlot<O, I extends readonly unknown[], C extends ModuleContext> = I extends unknown
  ? ModuleBody<O & ImportedOptions<I>, ImportedDefinitions<I>, C>
  : never;

/**
 * A module's `options`: the tree, or a function of the module arguments returning it, for declarations that need
 * them (`mkPackageOption(pkgs, "git")`, a default read from config). The function sees the options of the
 * imports, not the module's own.
 */
export type ModuleOptions<O, I extends readonly unknown[], C extends ModuleContext = "nixos"> =
  O | ((args: ModuleArgs<ImportedOptions<I>, ImportedDefinitions<I>, C>) => O);

export interface ModuleSpec<
  O extends OptionTree,
  I extends readonly ModuleImport<C>[],
  C extends ModuleContext = "nixos",
> {
  /** Other modules whose options this one reads or sets, and hand-written `.nix` modules (`path("./x.nix")`). */
  readonly imports?: I;
  /** The options this module declares, nested as they appear in `config` (or a function returning them). */
  readonly options?: ModuleOptions<O, I, C>;
  readonly config?: ConfigSlot<O, I, C>;
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
