// What a flake is made of, as the emitter needs it: the parts Nix requires as literals (description, inputs), what
// the flake must know without evaluating anything (a host's system and deployment), and the outputs' compiled Nix
// (a host's module, per-system values).
import type { Expr } from "../nix/ast.js";

export interface FlakeInputModel {
  readonly name: string;
  readonly url?: string;
  readonly flake?: boolean;
  readonly follows?: string;
  /** `inputs.<name>.inputs.<input>.follows = "<follows>"` */
  readonly inputFollows: readonly { readonly input: string; readonly follows: string }[];
}

/** How deploy tools reach a host (its `deployment`, read as written). */
export interface DeploymentModel {
  readonly targetHost: string;
  readonly targetPort?: number;
  readonly sshUser?: string;
  readonly magicRollback?: boolean;
  readonly autoRollback?: boolean;
  readonly remoteBuild?: boolean;
  readonly tags?: readonly string[];
}

export interface HostModel {
  /** The name under nixosConfigurations. */
  readonly name: string;
  readonly system: string;
  /** The host's module: the path of its file, or its module function. */
  readonly module: Expr;
  readonly deployment?: DeploymentModel;
}

/** `homeConfigurations.<name> = home-manager.lib.homeManagerConfiguration { pkgs; modules; }` */
export interface HomeModel {
  readonly name: string;
  readonly system: string;
  /** The home modules, compiled (a list). */
  readonly modules: Expr;
}

/** `packages.<system>.<name> = self.nixosConfigurations.<host>.config.system.build.<format>` */
export interface ImageModel {
  readonly name: string;
  readonly host: string;
  readonly system: string;
  readonly format: string;
}

/** Outputs computed per system by `perSystem` (`forAllSystems …` in flake.nix). */
export type PerSystemOutput = "checks" | "formatter" | "devShells" | "packages";

export interface FlakeModel {
  readonly description?: string;
  readonly inputs: readonly FlakeInputModel[];
  /** The systems `perSystem` values are computed for. */
  readonly systems: readonly string[];
  readonly hosts: readonly HostModel[];
  /** deploy-rs nodes and checks for the hosts with a deployment. */
  readonly deploy: boolean;
  /** A colmena hive of the hosts with a deployment. */
  readonly colmena: boolean;
  readonly images: readonly ImageModel[];
  readonly perSystem: ReadonlyMap<PerSystemOutput, Expr>;
  /** nix-darwin hosts (`darwinConfigurations`). */
  readonly darwinHosts: readonly HostModel[];
  /** Standalone home-manager configurations (`homeConfigurations`). */
  readonly homes: readonly HomeModel[];
  /** Outputs compiled as they are: nixosModules, homeModules, darwinModules, overlays. */
  readonly plain: ReadonlyMap<PlainOutput, Expr>;
}

/** Outputs that are their compiled value (attribute sets of modules, overlays). */
export type PlainOutput = "nixosModules" | "homeModules" | "darwinModules" | "overlays";

export const DEFAULT_SYSTEMS = ["x86_64-linux", "aarch64-linux", "x86_64-darwin", "aarch64-darwin"];
