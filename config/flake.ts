// The example homelab: two machines (x86_64 and aarch64) whose services are described once, in the homelab
// module's options, and from which every host derives its firewall, reverse proxy, users and backups.
// `npx tsnix build config` writes the flake to config/result-flake.
import { defineFlake } from "tsnix";
import atlas from "./hosts/atlas";
import pi from "./hosts/pi";

export default defineFlake({
  description: "The tsnix example homelab",
  inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-25.11" },
  hosts: { atlas, pi },
});
