// home-manager in TypeScript: `defineHome({ imports, options, config })` is a home-manager module (its config typed
// by home-manager's options and the TS-declared ones, as defineModule's is by NixOS's), used by a flake's
// `homeConfigurations` (standalone home-manager) or as a user of a NixOS or nix-darwin host
// (`home-manager.users.<name>`, once the host imports `inputs["home-manager"].nixosModules.home-manager`).
import type { AttrsDefinition, Definition } from "../definitions.js";
import type { HomeManagerConfig } from "../option-sets.js";
import type { FlakeSystem } from "./flakes.js";
import type { ImportedDefinitions, ImportedOptions, Module, ModuleImport, ModuleSpec } from "./modules.js";
import type { OptionTree } from "./options.js";

/** A home-manager module: O its options (declared or imported), E the typed option sets it brings along. */
export type HomeModule<O = unknown, E = unknown> = Module<O, E, "home">;

/**
 * A home-manager module. Exported as a file's default, it compiles to that file's `.nix` module
 * (`{ config, lib, pkgs, ... }: { _file; imports; options; config; }`), which home-manager imports.
 */
export function defineHome<
  const O extends OptionTree = {},
  const I extends readonly ModuleImport<"home">[] = [],
>(spec: ModuleSpec<O, I, "home">): Module<O & ImportedOptions<I>, ImportedDefinitions<I>, "home"> {
  return { _type: "module", ...spec } as Module<O & ImportedOptions<I>, ImportedDefinitions<I>, "home">;
}

/**
 * A standalone home-manager configuration, `homeConfigurations.<name>` in the flake:
 * `home-manager.lib.homeManagerConfiguration { pkgs = nixpkgs.legacyPackages.<system>; modules; }`.
 */
export interface HomeConfigurationSpec {
  /** The system whose packages the home is built with (a literal: the flake needs it without evaluating). */
  readonly system: FlakeSystem;
  /** Home modules (`defineHome` values), hand-written `.nix` home modules (`path()`) and inputs' home modules. */
  readonly modules: readonly ModuleImport<"home">[];
}

/** A user of a NixOS or nix-darwin host managed by home-manager: a home module, or its config written in place. */
export type HomeUser = ModuleImport<"home"> | AttrsDefinition<HomeManagerConfig>;

/**
 * The options home-manager's NixOS and nix-darwin module adds to the system (`home-manager.*`), as its
 * documentation describes them.
 */
export interface HomeManagerSystemConfig {
  readonly "home-manager"?: AttrsDefinition<{
    /** Use the system's `pkgs` (and its nixpkgs settings) instead of a home-manager instance of nixpkgs. */
    readonly useGlobalPkgs?: Definition<boolean>;
    /** Install users' packages through `users.users.<name>.packages` instead of `~/.nix-profile`. */
    readonly useUserPackages?: Definition<boolean>;
    /** Move files in the way of home-manager's aside with this extension instead of failing. */
    readonly backupFileExtension?: Definition<string | null>;
    readonly verbose?: Definition<boolean>;
    /** Extra arguments for every home module (`{ inputs }` gives them the flake's inputs). */
    readonly extraSpecialArgs?: Definition<{ readonly [name: string]: unknown }>;
    /** Home modules every user imports. */
    readonly sharedModules?: Definition<readonly ModuleImport<"home">[]>;
    /** The users home-manager configures, by user name. */
    readonly users?: AttrsDefinition<{ readonly [name: string]: Definition<HomeUser> }>;
  }>;
}
