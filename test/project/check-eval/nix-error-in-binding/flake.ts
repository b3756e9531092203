import { defineFlake } from "tsnix";
import one from "./hosts/one";

export default defineFlake({ inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-20.09" }, hosts: { one } });
