// Every kind of output a homelab flake has, from one description of its hosts: nixosConfigurations (with a VM
// variant and an installer image), deploy-rs nodes and their checks, a colmena hive, VM tests, a formatter, a dev
// shell, and the flake's own modules for other flakes.
import { defineFlake, nixosTest, perSystem } from "tsnix";
import frame1 from "./hosts/frame1";
import frame1Installer from "./hosts/frame1-installer";
import frame1Vm from "./hosts/frame1-vm";
import pi from "./hosts/pi";
import monitoring from "./modules/monitoring";

export default defineFlake({
  description: "A homelab with every output",
  inputs: {
    nixpkgs: "github:NixOS/nixpkgs/nixos-25.11",
    "sops-nix": { url: "github:Mic92/sops-nix", inputs: { nixpkgs: { follows: "nixpkgs" } } },
    disko: { url: "github:nix-community/disko", inputs: { nixpkgs: { follows: "nixpkgs" } } },
    "deploy-rs": "github:serokell/deploy-rs",
    colmena: "github:zhaofengli/colmena",
  },
  systems: ["x86_64-linux", "aarch64-linux"],
  hosts: { frame1, "frame1-vm": frame1Vm, "frame1-installer": frame1Installer, pi },
  deploy: true,
  colmena: true,
  images: { "frame1-iso": { host: frame1Installer, format: "isoImage" } },
  checks: perSystem((pkgs) => ({
    frame1: nixosTest(pkgs, {
      name: "frame1",
      nodes: { machine: frame1Vm },
      testScript: 'machine.wait_for_unit("prometheus.service")\nmachine.wait_for_open_port(9090)',
    }),
  })),
  formatter: perSystem((pkgs) => pkgs["nixfmt-rfc-style"]),
  devShells: perSystem((pkgs) => ({
    default: pkgs.mkShell({ packages: [pkgs.sops, pkgs.age, pkgs["deploy-rs"]] }),
  })),
  nixosModules: { monitoring },
});
