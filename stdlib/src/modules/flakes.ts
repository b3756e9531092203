// The flake: `defineFlake({ … })` compiles to `flake.nix`. Its inputs and description are written as literals (Nix
// requires them so); its outputs are built from the hosts (nixosConfigurations, deploy-rs nodes and checks, a
// colmena hive, images), from Macs and homes (darwinConfigurations, homeConfigurations) and from values per system
// (checks, formatter, devShells, packages).
import type { Package } from "../typings/value-types.js";
import type { Pkgs } from "../nix/pkgs.js";
import type { DarwinHost } from "./darwin.js";
import type { HomeConfigurationSpec } from "./home.js";
import type { Host } from "./hosts.js";
import type { Module } from "./modules.js";

/** A flake input: a flake reference (`"github:NixOS/nixpkgs/nixos-25.11"`) or its long form. */
export type FlakeInputSpec =
  | string
  | {
      readonly url: string;
      /** `false` for a plain source tree (no flake.nix). */
      readonly flake?: boolean;
      /** Make this input's own inputs follow ours: `{ nixpkgs: { follows: "nixpkgs" } }`. */
      readonly inputs?: { readonly [name: string]: { readonly follows: string } };
    }
  | {
      /** Use another input instead of fetching this one (`inputs.<name>.follows`). */
      readonly follows: string;
    };

/** The systems a flake builds per-system outputs for. */
export type FlakeSystem = "x86_64-linux" | "aarch64-linux" | "x86_64-darwin" | "aarch64-darwin";

declare const perSystemValue: unique symbol;

/** A value computed once per system (see `perSystem`). */
export interface PerSystem<T> {
  readonly [perSystemValue]: T;
}

/**
 * `formatter: perSystem((pkgs) => pkgs["nixfmt-rfc-style"])`: computed for each of the flake's systems with that
 * system's packages — `forAllSystems (pkgs: …)` in flake.nix (`pkgs.system` names the system).
 */
export function perSystem<T>(compute: (pkgs: Pkgs) => T): PerSystem<T> {
  return { compute } as unknown as PerSystem<T>;
}

/** What `nixosTest` runs: VMs built from host modules, driven by a Python test script. */
export interface NixosTestSpec {
  readonly name: string;
  /** The test's machines: each a host (or any module) under the name the test script uses. */
  readonly nodes: { readonly [name: string]: Module<unknown, unknown> };
  /** The Python test script (`machine.wait_for_unit("sshd.service")`, …). */
  readonly testScript: string;
}

/** A NixOS VM test (`pkgs.nixosTest { … }`), for `checks`. */
export function nixosTest(pkgs: Pkgs, spec: NixosTestSpec): Package {
  return { type: "derivation", name: `vm-test-run-${spec.name}`, outPath: "", pkgs } as unknown as Package;
}

/** A host's image, built by `nix build .#<name>` (`config.system.build.<format>` of that host). */
export interface ImageSpec {
  readonly host: Host<unknown, unknown>;
  /** `isoImage` (installer), `sdImage` (SD card), `vm` (a QEMU VM), or another `system.build` attribute. */
  readonly format: "isoImage" | "sdImage" | "vm" | (string & {});
}

export interface FlakeSpec {
  readonly description?: string;
  /** Every input the flake uses; hosts need `nixpkgs`, `deploy` needs `deploy-rs`, `colmena` needs `colmena`. */
  readonly inputs: { readonly [name: string]: FlakeInputSpec };
  /** The systems of per-system outputs (default: x86_64 and aarch64, Linux and Darwin). */
  readonly systems?: readonly FlakeSystem[];
  /** `nixosConfigurations`: each host under the name `nixos-rebuild --flake .#<name>` uses. */
  readonly hosts?: { readonly [name: string]: Host<unknown, unknown> };
  /** deploy-rs nodes (and their checks) for every host with a `deployment`. */
  readonly deploy?: boolean;
  /** A colmena hive (`colmenaHive`, and the `colmena` attribute older colmena reads) of every host with a `deployment`. */
  readonly colmena?: boolean;
  /** `packages.<system>.<name>`: images of hosts. */
  readonly images?: { readonly [name: string]: ImageSpec };
  readonly checks?: PerSystem<{ readonly [name: string]: Package }>;
  readonly formatter?: PerSystem<Package>;
  readonly devShells?: PerSystem<{ readonly [name: string]: Package }>;
  readonly packages?: PerSystem<{ readonly [name: string]: Package }>;
  /** `nixosModules`: modules of this flake for other flakes to import. */
  readonly nixosModules?: { readonly [name: string]: Module<unknown, unknown> };
  /** `homeConfigurations`: standalone home-manager configurations (`home-manager switch --flake .#<name>`). */
  readonly homeConfigurations?: { readonly [name: string]: HomeConfigurationSpec };
  /** `darwinConfigurations`: Macs (`darwin-rebuild switch --flake .#<name>`), each a `defineDarwin` value. */
  readonly darwinConfigurations?: { readonly [name: string]: DarwinHost<unknown, unknown> };
  /** `homeModules`: home-manager modules of this flake for other flakes. */
  readonly homeModules?: { readonly [name: string]: Module<unknown, unknown, "home"> };
  /** `darwinModules`: nix-darwin modules of this flake for other flakes. */
  readonly darwinModules?: { readonly [name: string]: Module<unknown, unknown, "darwin"> };
  /** `overlays`: `final: prev: { … }` functions changing the package set. */
  readonly overlays?: { readonly [name: string]: Overlay };
}

/** A nixpkgs overlay: the packages it adds or replaces, from the final set and the one before it. */
export type Overlay = (final: Pkgs, prev: Pkgs) => { readonly [name: string]: unknown };

export interface Flake {
  readonly _type: "flake";
}

export function defineFlake(spec: FlakeSpec): Flake {
  return { _type: "flake", ...spec } as Flake;
}
