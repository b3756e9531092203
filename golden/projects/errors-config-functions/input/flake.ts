import { defineFlake } from "tsnix";
import host from "./host";
import other from "./other";

export default defineFlake({ inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-25.11" }, hosts: { host, other } });
