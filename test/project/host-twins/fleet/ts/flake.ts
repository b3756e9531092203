import { defineFlake } from "tsnix";
import alpha from "./hosts/alpha";
import beta from "./hosts/beta";

export default defineFlake({
  description: "Two machines sharing people and a tailnet",
  inputs: { nixpkgs: { url: "github:NixOS/nixpkgs/nixos-20.09" } },
  hosts: { alpha, beta },
});
