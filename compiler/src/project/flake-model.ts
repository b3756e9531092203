// What a flake is made of, as the emitter needs it: the parts Nix requires as literals (description, inputs), and
// the outputs, whose values are compiled Nix (a host's module) next to what the flake must know without
// evaluating anything (a host's system).
import type { Expr } from "../nix/ast.js";

export interface FlakeInputModel {
  readonly name: string;
  readonly url?: string;
  readonly flake?: boolean;
  readonly follows?: string;
  /** `inputs.<name>.inputs.<input>.follows = "<follows>"` */
  readonly inputFollows: readonly { readonly input: string; readonly follows: string }[];
}

export interface HostModel {
  /** The name under nixosConfigurations. */
  readonly name: string;
  readonly system: string;
  /** The host's module: the path of its file, or its module function. */
  readonly module: Expr;
}

export interface FlakeModel {
  readonly description?: string;
  readonly inputs: readonly FlakeInputModel[];
  readonly hosts: readonly HostModel[];
}
