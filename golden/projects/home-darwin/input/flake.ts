// A person's machines: a NixOS server and a Mac that both give alice her home-manager profile, the same profile
// standalone for a machine without NixOS, and the home, darwin modules and overlays for other flakes.
import { defineFlake } from "tsnix";
import alice from "./home/alice";
import mac from "./hosts/mac";
import server from "./hosts/server";
import shell from "./modules/shell";

export default defineFlake({
  inputs: {
    nixpkgs: "github:NixOS/nixpkgs/nixos-25.11",
    "home-manager": { url: "github:nix-community/home-manager/release-25.11", inputs: { nixpkgs: { follows: "nixpkgs" } } },
    "nix-darwin": { url: "github:nix-darwin/nix-darwin/nix-darwin-25.11", inputs: { nixpkgs: { follows: "nixpkgs" } } },
  },
  hosts: { server },
  darwinConfigurations: { mac },
  homeConfigurations: {
    "alice@work": { system: "x86_64-linux", modules: [alice] },
    "alice@mac": { system: "aarch64-darwin", modules: [alice] },
  },
  homeModules: { alice },
  darwinModules: { shell },
  overlays: {
    default: (final, prev) => ({ "hello-alice": prev.hello, greeting: final.hello }),
  },
});
