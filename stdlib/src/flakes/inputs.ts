// The flake's inputs as modules see them: `inputs["sops-nix"].nixosModules.sops` is sops-nix's NixOS module, to put
// in `imports` or a host's `modules`. Known inputs are typed (their modules bring their option sets along, typed once
// their typings are generated); any other input is loose. In Nix this is the flake's `inputs`: modules receive it
// through `specialArgs`, which tsnix adds to every host when a module uses it.
import type { AttrsDefinition } from "../definitions.js";
import type { LooseConfig, ModuleSetConfig, OptionSets } from "../option-sets.js";
import type { HomeManagerSystemConfig } from "../modules/home.js";
import type { Module, ModuleContext } from "../modules/modules.js";
import type { Package } from "../typings/value-types.js";

/** A module with the typed option set `K` (NixOS, nix-darwin or home-manager flavour). */
export type SetModule<K extends string> = Module<unknown, ModuleSetConfig<K>>;
/** disko's options: its generated typings when installed, a loose `disko.*` otherwise. */
export type DiskoConfig = OptionSets extends { disko: infer D }
  ? D
  : { readonly disko?: AttrsDefinition<LooseConfig> };

/** A module whose options tsnix has no typings for (a NixOS one unless C says otherwise). */
export type UntypedModule<C extends ModuleContext = "nixos"> = Module<unknown, unknown, C>;

type Systems<T> = { readonly [system: string]: T };

/** What tsnix knows of an input it has no typings for. */
export interface FlakeInput {
  readonly nixosModules: { readonly [name: string]: UntypedModule };
  readonly darwinModules: { readonly [name: string]: UntypedModule<"darwin"> };
  readonly homeManagerModules: { readonly [name: string]: UntypedModule<"home"> };
  readonly homeModules: { readonly [name: string]: UntypedModule<"home"> };
  readonly packages: Systems<{ readonly [name: string]: Package }>;
  /** The input's source tree (its store path). */
  readonly outPath: string;
}

/** The inputs tsnix types, by the names their documentation uses; others are `FlakeInput`s. */
export interface FlakeInputs {
  readonly [name: string]: FlakeInput;
  readonly "sops-nix": FlakeInput & {
    readonly nixosModules: { readonly sops: SetModule<"sops-nix">; readonly default: SetModule<"sops-nix"> };
  };
  readonly agenix: FlakeInput & {
    readonly nixosModules: { readonly default: SetModule<"agenix">; readonly age: SetModule<"agenix"> };
  };
  readonly disko: FlakeInput & {
    readonly nixosModules: {
      readonly disko: Module<unknown, DiskoConfig>;
      readonly default: Module<unknown, DiskoConfig>;
    };
  };
  readonly "home-manager": FlakeInput & {
    /** home-manager inside NixOS: `home-manager.users.<name>`, `useGlobalPkgs`, … (see HomeManagerSystemConfig). */
    readonly nixosModules: {
      readonly "home-manager": Module<unknown, HomeManagerSystemConfig>;
      readonly default: Module<unknown, HomeManagerSystemConfig>;
    };
    /** home-manager inside nix-darwin. */
    readonly darwinModules: {
      readonly "home-manager": Module<unknown, HomeManagerSystemConfig, "darwin">;
      readonly default: Module<unknown, HomeManagerSystemConfig, "darwin">;
    };
  };
}

/** The flake's inputs (only meaningful once compiled: reading one in JavaScript throws). */
export const inputs: FlakeInputs = new Proxy({} as FlakeInputs, {
  get(_target, name) {
    throw new Error(`tsnix: inputs.${String(name)} only has a meaning once compiled to Nix`);
  },
});
