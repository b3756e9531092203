import { defineFlake } from "tsnix";
import edge from "./machines/edge/default";

export default defineFlake({ inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-25.11" }, hosts: { edge } });
