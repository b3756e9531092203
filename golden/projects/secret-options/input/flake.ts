// Options that hold a secret's path (types.secretPath): lib.types.str in Nix, filled with sopsSecret/ageSecret,
// and usable in text like any string; a host reaches sops-nix's options through a module that imports it.
import { defineFlake } from "tsnix";
import vault from "./vault";

export default defineFlake({
  inputs: {
    nixpkgs: "github:NixOS/nixpkgs/nixos-24.11",
    "sops-nix": { url: "github:Mic92/sops-nix", inputs: { nixpkgs: { follows: "nixpkgs" } } },
  },
  hosts: { vault },
});
