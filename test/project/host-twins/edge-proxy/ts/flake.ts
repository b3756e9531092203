import { defineFlake } from "tsnix";
import edge from "./hosts/edge";

export default defineFlake({
  description: "An nginx edge proxy",
  inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-20.09" },
  hosts: { edge },
});
