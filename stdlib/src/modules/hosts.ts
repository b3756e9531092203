// NixOS hosts: `defineHost({ system, modules, config, deployment })` is a machine — the modules it is made of, its
// own configuration, and how deploy tools reach it — which `defineFlake` turns into
// `nixpkgs.lib.nixosSystem { system; modules; }` (and deploy-rs nodes, colmena hive members).
import type { ConfigSlot, ImportedDefinitions, ImportedOptions, Module, ModuleImport } from "./modules.js";

/** The platforms NixOS hosts are built for. */
export type System = "x86_64-linux" | "aarch64-linux" | "i686-linux" | "armv7l-linux" | "riscv64-linux";

/** How deploy-rs and colmena reach a host (read as written: literals only). */
export interface Deployment {
  /** The address to connect to (`deploy.nodes.<host>.hostname`, colmena's `deployment.targetHost`). */
  readonly targetHost: string;
  readonly targetPort?: number;
  /** The SSH user (deploy-rs `sshUser`, colmena `targetUser`). */
  readonly sshUser?: string;
  /** deploy-rs: roll back when the new system cannot confirm itself (deploy-rs's default: true). */
  readonly magicRollback?: boolean;
  /** deploy-rs: roll back when activation fails (deploy-rs's default: true). */
  readonly autoRollback?: boolean;
  /** Build on the host instead of locally (deploy-rs `remoteBuild`, colmena `buildOnTarget`). */
  readonly remoteBuild?: boolean;
  /** colmena: tags to select hosts by (`colmena apply --on @tag`). */
  readonly tags?: readonly string[];
}

/** A host; it is also a module (its modules plus its config), so a variant can import it. */
export interface Host<O, E = unknown> extends Module<O, E> {
  readonly system: System;
}

export interface HostSpec<I extends readonly ModuleImport[]> {
  /** The platform the host runs on: a literal, since the flake needs it without evaluating anything. */
  readonly system: System;
  /** The modules this host is made of: TypeScript modules, other hosts, hand-written `.nix` files. */
  readonly modules?: I;
  /** The host's own configuration (hostname, hardware, which services to enable). */
  readonly config?: ConfigSlot<unknown, I>;
  /** Where deploy-rs and colmena deploy it (with `deploy`/`colmena` in the flake). */
  readonly deployment?: Deployment;
}

export function defineHost<const I extends readonly ModuleImport[] = []>(
  spec: HostSpec<I>,
): Host<ImportedOptions<I>, ImportedDefinitions<I>> {
  return { _type: "module", ...spec } as unknown as Host<ImportedOptions<I>, ImportedDefinitions<I>>;
}

/** A host derived from another: everything `base` has, plus `modules` and `config` (a VM, an installer image). */
export interface VariantSpec<O, E, I extends readonly ModuleImport[]> {
  readonly modules?: I;
  /** Sees the options of `base` and of `modules`. */
  readonly config?: ConfigSlot<unknown, readonly [Module<O, E>, ...I]>;
  readonly deployment?: Deployment;
}

/**
 * `defineVariant(frame1, { modules: [nixosModule("virtualisation/qemu-vm.nix")], config: { … } })`: a host on
 * `base`'s system whose modules are `base` and `modules`.
 */
export function defineVariant<O, E, const I extends readonly ModuleImport[] = []>(
  base: Host<O, E>,
  spec: VariantSpec<O, E, I>,
): Host<O & ImportedOptions<I>, E & ImportedDefinitions<I>> {
  return { _type: "module", base, ...spec } as unknown as Host<
    O & ImportedOptions<I>,
    E & ImportedDefinitions<I>
  >;
}
