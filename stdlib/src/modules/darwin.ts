// nix-darwin in TypeScript: `defineDarwinModule` for modules and `defineDarwin` for Macs, typed by nix-darwin's
// options (DarwinConfig: strict with generated typings, loose without) as defineModule/defineHost are by NixOS's.
// A flake's `darwinConfigurations` turns each into `nix-darwin.lib.darwinSystem { system; modules; }`.
import type {
  ConfigSlot,
  ImportedDefinitions,
  ImportedOptions,
  Module,
  ModuleImport,
  ModuleSpec,
} from "./modules.js";
import type { OptionTree } from "./options.js";

/** The platforms nix-darwin hosts are built for. */
export type DarwinSystem = "aarch64-darwin" | "x86_64-darwin";

/** A nix-darwin module. */
export type DarwinModule<O = unknown, E = unknown> = Module<O, E, "darwin">;

/** A nix-darwin module: like `defineModule`, with nix-darwin's options. */
export function defineDarwinModule<
  const O extends OptionTree = {},
  const I extends readonly ModuleImport<"darwin">[] = [],
>(spec: ModuleSpec<O, I, "darwin">): Module<O & ImportedOptions<I>, ImportedDefinitions<I>, "darwin"> {
  return { _type: "module", ...spec } as Module<O & ImportedOptions<I>, ImportedDefinitions<I>, "darwin">;
}

/** A Mac; it is also a nix-darwin module (its modules plus its config). */
export interface DarwinHost<O, E = unknown> extends Module<O, E, "darwin"> {
  readonly system: DarwinSystem;
}

export interface DarwinHostSpec<I extends readonly ModuleImport<"darwin">[]> {
  /** The platform: a literal, since the flake needs it without evaluating anything. */
  readonly system: DarwinSystem;
  /** nix-darwin modules (TypeScript, `path()` files, inputs' `darwinModules`). */
  readonly modules?: I;
  readonly config?: ConfigSlot<unknown, I, "darwin">;
}

export function defineDarwin<const I extends readonly ModuleImport<"darwin">[] = []>(
  spec: DarwinHostSpec<I>,
): DarwinHost<ImportedOptions<I>, ImportedDefinitions<I>> {
  return { _type: "module", ...spec } as unknown as DarwinHost<ImportedOptions<I>, ImportedDefinitions<I>>;
}
