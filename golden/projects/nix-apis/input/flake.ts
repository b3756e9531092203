import { defineFlake } from "tsnix";
import tools from "./tools";

export default defineFlake({ inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-25.11" }, hosts: { tools } });
