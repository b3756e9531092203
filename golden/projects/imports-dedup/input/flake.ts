import { defineFlake } from "tsnix";
import box from "./box";

export default defineFlake({ inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-25.11" }, hosts: { box } });
