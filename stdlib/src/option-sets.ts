// The registry of option sets whose typings are installed. Generated typings (`tsnix types`) add members to
// `OptionSets` by declaration merging; without them the config types below fall back to a loose shape.

/**
 * Augmented by generated typings, e.g.
 * `declare module "tsnix" { interface OptionSets { nixos: NixosOptions } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface OptionSets {}

/** What any config accepts when no typings are installed: nested attribute sets of anything. */
export interface LooseConfig {
  readonly [name: string]: unknown;
}

type SetOr<K extends string, Fallback> = OptionSets extends { [P in K]: infer O } ? O : Fallback;

/** The NixOS config type: strict with generated typings, loose without. */
export type NixosConfig = SetOr<"nixos", LooseConfig>;
/** The home-manager config type: strict with generated typings, loose without. */
export type HomeManagerConfig = SetOr<"home-manager", LooseConfig>;
/** The nix-darwin config type: strict with generated typings, loose without. */
export type DarwinConfig = SetOr<"nix-darwin", LooseConfig>;
/**
 * The options of any set by its key (`"sops-nix"`, `"agenix"`, a module file's set): strict once
 * `tsnix types --set FILE.nix` generated its typings, loose without.
 */
export type OptionSetConfig<K extends string> = SetOr<K, LooseConfig>;

/**
 * The definitions an input's module makes possible (`sops.*` once sops-nix's module is imported): its set's typings
 * when installed; without them nothing beyond what NixOS's own typings allow (strict NixOS typings then reject the
 * set's options: generate its typings with `tsnix types --flake`).
 */
export type ModuleSetConfig<K extends string> = SetOr<K, unknown>;
