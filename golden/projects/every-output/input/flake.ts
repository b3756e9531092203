// One flake with every kind of output a homelab has: NixOS hosts (one with sops-nix secrets, a disko layout and a
// home-manager user; a VM variant of another; an installer ISO), a Mac, a standalone home, deploy-rs nodes and their
// checks, a colmena hive, a VM test, a formatter, dev shells, an overlay, and modules for other flakes. flake-utils
// and flake-compat are inputs only so that deploy-rs and colmena share them.
import { defineFlake, nixosTest, perSystem } from "tsnix";
import alice from "./home/alice";
import installer from "./hosts/installer";
import mac from "./hosts/mac";
import storage from "./hosts/storage";
import web from "./hosts/web";
import webVm from "./hosts/web-vm";
import monitoring from "./modules/monitoring";

export default defineFlake({
  description: "Every output",
  inputs: {
    nixpkgs: "github:NixOS/nixpkgs/nixos-25.11",
    "home-manager": { url: "github:nix-community/home-manager", inputs: { nixpkgs: { follows: "nixpkgs" } } },
    "nix-darwin": { url: "github:nix-darwin/nix-darwin", inputs: { nixpkgs: { follows: "nixpkgs" } } },
    "sops-nix": { url: "github:Mic92/sops-nix", inputs: { nixpkgs: { follows: "nixpkgs" } } },
    disko: { url: "github:nix-community/disko", inputs: { nixpkgs: { follows: "nixpkgs" } } },
    "flake-utils": "github:numtide/flake-utils",
    "flake-compat": { url: "github:edolstra/flake-compat", flake: false },
    "deploy-rs": {
      url: "github:serokell/deploy-rs",
      inputs: {
        nixpkgs: { follows: "nixpkgs" },
        utils: { follows: "flake-utils" },
        "flake-compat": { follows: "flake-compat" },
      },
    },
    colmena: {
      url: "github:zhaofengli/colmena",
      inputs: {
        nixpkgs: { follows: "nixpkgs" },
        stable: { follows: "nixpkgs" },
        "flake-utils": { follows: "flake-utils" },
        "flake-compat": { follows: "flake-compat" },
      },
    },
  },
  systems: ["x86_64-linux", "aarch64-linux", "aarch64-darwin"],
  hosts: { storage, web, "web-vm": webVm, installer },
  deploy: true,
  colmena: true,
  images: { "installer-iso": { host: installer, format: "isoImage" } },
  darwinConfigurations: { mac },
  homeConfigurations: { alice: { system: "x86_64-linux", modules: [alice] } },
  checks: perSystem((pkgs) => ({
    web: nixosTest(pkgs, {
      name: "web",
      nodes: { web: webVm },
      testScript: 'web.wait_for_unit("prometheus.service")',
    }),
  })),
  formatter: perSystem((pkgs) => pkgs["nixpkgs-fmt"]),
  devShells: perSystem((pkgs) => ({ default: pkgs.mkShell({ packages: [pkgs.git, pkgs.jq] }) })),
  overlays: { default: (final, prev) => ({ greeting: prev.hello }) },
  nixosModules: { monitoring },
  homeModules: { alice },
});
