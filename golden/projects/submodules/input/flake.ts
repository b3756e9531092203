import { defineFlake } from "tsnix";
import web from "./web";

export default defineFlake({ inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-25.11" }, hosts: { web } });
