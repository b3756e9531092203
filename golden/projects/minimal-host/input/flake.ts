// The smallest useful flake: one host with its hardware file and a few settings.
import { defineFlake } from "tsnix";
import atlas from "./hosts/atlas";

export default defineFlake({
  description: "One machine",
  inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-25.11" },
  hosts: { atlas },
});
