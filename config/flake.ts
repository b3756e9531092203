// The example homelab: every machine of the five design notes in ../shared/seeds (README.md maps each to its files)
// as one flake. `npx tsnix build config` writes it to config/result-flake.
import { defineFlake, nixosTest, perSystem } from "tsnix";
import workstation from "./darwin/workstation";
import alice from "./home/alice";
import desktop from "./hosts/desktop";
import forge from "./hosts/forge";
import frame1 from "./hosts/frame1";
import frame1Installer from "./hosts/frame1-installer";
import frame1Vm from "./hosts/frame1-vm";
import laptop from "./hosts/laptop";
import server from "./hosts/server";
import serverArm from "./hosts/server-arm";
import serverArmVm from "./hosts/server-arm-vm";
import serverVm from "./hosts/server-vm";
import serverX86 from "./hosts/server-x86";
import serverX86Vm from "./hosts/server-x86-vm";
import homelab from "./modules/homelab";

export default defineFlake({
  description: "A homelab written in TypeScript with tsnix",
  inputs: {
    nixpkgs: "github:NixOS/nixpkgs/nixos-24.11",
    "sops-nix": { url: "github:Mic92/sops-nix", inputs: { nixpkgs: { follows: "nixpkgs" } } },
    agenix: { url: "github:ryantm/agenix", inputs: { nixpkgs: { follows: "nixpkgs" } } },
    disko: { url: "github:nix-community/disko", inputs: { nixpkgs: { follows: "nixpkgs" } } },
    "deploy-rs": { url: "github:serokell/deploy-rs", inputs: { nixpkgs: { follows: "nixpkgs" } } },
    colmena: { url: "github:zhaofengli/colmena", inputs: { nixpkgs: { follows: "nixpkgs" } } },
    "home-manager": {
      url: "github:nix-community/home-manager/release-24.11",
      inputs: { nixpkgs: { follows: "nixpkgs" } },
    },
    "nix-darwin": {
      url: "github:nix-darwin/nix-darwin/nix-darwin-24.11",
      inputs: { nixpkgs: { follows: "nixpkgs" } },
    },
  },
  systems: ["x86_64-linux", "aarch64-linux", "aarch64-darwin"],
  hosts: {
    "server-x86": serverX86,
    "server-x86-vm": serverX86Vm,
    "server-arm": serverArm,
    "server-arm-vm": serverArmVm,
    server,
    "server-vm": serverVm,
    frame1,
    "frame1-vm": frame1Vm,
    "frame1-installer": frame1Installer,
    desktop,
    laptop,
    forge,
  },
  darwinConfigurations: { workstation },
  homeConfigurations: { alice: { system: "x86_64-linux", modules: [alice] } },
  deploy: true,
  colmena: true,
  images: { "frame1-iso": { host: frame1Installer, format: "isoImage" } },
  checks: perSystem((pkgs) => ({
    "server-x86": nixosTest(pkgs, {
      name: "server-x86",
      nodes: { machine: serverX86Vm },
      testScript: [
        'machine.wait_for_unit("postgresql.service")',
        "machine.wait_for_open_port(5432)",
        'machine.wait_for_unit("sshd.service")',
        "machine.wait_for_open_port(22)",
        'machine.succeed("systemctl list-timers | grep restic-backups-local")',
      ].join("\n"),
    }),
    frame1: nixosTest(pkgs, {
      name: "frame1",
      nodes: { machine: frame1Vm },
      testScript: [
        'machine.wait_for_unit("caddy.service")',
        "machine.wait_for_open_port(443)",
        'machine.wait_for_unit("grafana.service")',
        "machine.wait_for_open_port(3001)",
        'machine.wait_for_unit("victoriametrics.service")',
        "machine.wait_for_open_port(8428)",
        'machine.wait_for_unit("loki.service")',
        "machine.wait_for_open_port(3100)",
      ].join("\n"),
    }),
  })),
  formatter: perSystem((pkgs) => pkgs["nixfmt-rfc-style"]),
  devShells: perSystem((pkgs) => ({
    default: pkgs.mkShell({
      packages: [
        pkgs.sops,
        pkgs.age,
        pkgs["ssh-to-age"],
        pkgs["deploy-rs"],
        pkgs.colmena,
        pkgs["nixos-anywhere"],
      ],
    }),
  })),
  nixosModules: { homelab },
  homeModules: { alice },
});
