// A secret's value where a types.secretPath option wants its file: a type error at that line.
import { defineFlake } from "tsnix";
import vault from "./vault";

export default defineFlake({ inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-24.11" }, hosts: { vault } });
