// What modules read from `config`: the merged values of the options they can see. For option sets with generated
// typings (NixOS, …) the value type is derived from the definition types by removing the mk* wrappers and the
// optionality; without typings the set is loose (its members are `unknown`).
import type { MkIf, MkMerge, MkOrder, MkOverride } from "../definitions.js";
import type {
  DarwinConfig,
  HomeManagerConfig,
  LooseConfig,
  NixosConfig,
  OptionSets,
} from "../option-sets.js";

/** The value an option of definition type D reads as. */
export type ConfigValue<D> = D extends
  MkIf<infer T> | MkOverride<infer T> | MkMerge<infer T> | MkOrder<infer T>
  ? ConfigValue<T>
  : D extends (...args: never) => unknown
    ? D
    : D extends readonly (infer E)[]
      ? readonly ConfigValue<E>[]
      : D extends object
        ? { readonly [K in keyof D]-?: ConfigValue<Exclude<D[K], undefined>> }
        : D;

/** NixOS's options as `config` reads them: strict with generated typings, loose (`unknown` members) without. */
export type NixosValues = OptionSets extends { nixos: unknown } ? ConfigValue<NixosConfig> : LooseConfig;

/** home-manager's options as `config` reads them (strict with generated typings, loose without). */
export type HomeManagerValues = OptionSets extends { "home-manager": unknown }
  ? ConfigValue<HomeManagerConfig>
  : LooseConfig;

/** nix-darwin's options as `config` reads them (strict with generated typings, loose without). */
export type DarwinValues = OptionSets extends { "nix-darwin": unknown }
  ? ConfigValue<DarwinConfig>
  : LooseConfig;
