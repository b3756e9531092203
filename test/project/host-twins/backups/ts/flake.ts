import { defineFlake } from "tsnix";
import nas from "./hosts/nas";
import pi from "./hosts/pi";

export default defineFlake({
  description: "Restic backups with optional destinations",
  inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-20.09" },
  hosts: { nas, pi },
});
