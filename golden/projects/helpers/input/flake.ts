import { defineFlake } from "tsnix";
import media from "./hosts/media";

export default defineFlake({ inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-25.11" }, hosts: { media } });
