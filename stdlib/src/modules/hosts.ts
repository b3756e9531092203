// NixOS hosts: `defineHost({ system, modules, config })` is a machine — the modules it is made of and its own
// configuration — which `defineFlake` turns into `nixpkgs.lib.nixosSystem { system; modules; }`.
import type { ConfigSlot, ImportedOptions, Module, ModuleImport } from "./modules.js";

/** The platforms NixOS hosts (and flake outputs) are built for. */
export type System = "x86_64-linux" | "aarch64-linux" | "i686-linux" | "armv7l-linux" | "riscv64-linux";

/** A host; it is also a module (its modules plus its config), so a variant can import it. */
export interface Host<O> extends Module<O> {
  readonly system: System;
}

export interface HostSpec<I extends readonly ModuleImport[]> {
  /** The platform the host runs on: a literal, since the flake needs it without evaluating anything. */
  readonly system: System;
  /** The modules this host is made of: TypeScript modules, other hosts, hand-written `.nix` files. */
  readonly modules?: I;
  /** The host's own configuration (hostname, hardware, which services to enable). */
  readonly config?: ConfigSlot<unknown, I>;
}

export function defineHost<const I extends readonly ModuleImport[] = []>(
  spec: HostSpec<I>,
): Host<ImportedOptions<I>> {
  return { _type: "module", ...spec } as unknown as Host<ImportedOptions<I>>;
}
