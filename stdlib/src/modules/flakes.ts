// The flake: `defineFlake({ description, inputs, hosts })` compiles to `flake.nix`, whose inputs are written as
// literals (Nix requires them so) and whose outputs hold one `nixosConfigurations` entry per host.
import type { Host } from "./hosts.js";

/** A flake input: a flake reference (`"github:NixOS/nixpkgs/nixos-25.11"`) or its long form. */
export type FlakeInput =
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

export interface FlakeSpec {
  readonly description?: string;
  /** Every input the flake uses; hosts need `nixpkgs`. */
  readonly inputs: { readonly [name: string]: FlakeInput };
  /** `nixosConfigurations`: each host under the name `nixos-rebuild --flake .#<name>` uses. */
  readonly hosts?: { readonly [name: string]: Host<unknown> };
}

export interface Flake {
  readonly _type: "flake";
}

export function defineFlake(spec: FlakeSpec): Flake {
  return { _type: "flake", ...spec } as Flake;
}
