import { defineFlake } from "tsnix";
import server from "./server";

export default defineFlake({ inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-25.11" }, hosts: { server } });
