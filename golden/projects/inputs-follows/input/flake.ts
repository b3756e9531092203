import { defineFlake } from "tsnix";
import box from "./box";

export default defineFlake({
  description: "Inputs in every form a flake knows",
  inputs: {
    nixpkgs: "github:NixOS/nixpkgs/nixos-25.11",
    "nixpkgs-unstable": "github:NixOS/nixpkgs/nixos-unstable",
    "home-manager": {
      url: "github:nix-community/home-manager/release-25.11",
      inputs: { nixpkgs: { follows: "nixpkgs" } },
    },
    wallpapers: { url: "github:example/wallpapers", flake: false },
    "nixpkgs-stable": { follows: "nixpkgs" },
  },
  hosts: { box },
});
