// Hosts must be defineHost values with a literal system; a flake with hosts needs nixpkgs.
import { defineFlake, defineHost, type System } from "tsnix";

const arch = (): System => "x86_64-linux";
const a = defineHost({ system: arch() });

export default defineFlake({
  inputs: { "nixpkgs-unstable": "github:NixOS/nixpkgs/nixos-unstable" },
  hosts: { a },
});
