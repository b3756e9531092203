// Modules that come with nixpkgs (`nixos/modules/…`): `nixosModule("installer/cd-dvd/installation-cd-minimal.nix")`
// is `modulesPath + "/installer/cd-dvd/installation-cd-minimal.nix"` in a module, `"${nixpkgs}/nixos/modules/…"`
// in the flake.
import type { UntypedModule } from "./inputs.js";

/** A module of nixpkgs' `nixos/modules` tree, by its path there (a string literal). */
export function nixosModule(pathInNixosModules: string): UntypedModule {
  return { _type: "module", path: pathInNixosModules } as unknown as UntypedModule;
}
