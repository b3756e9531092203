import { defineFlake } from "tsnix";
import worker from "./hosts/worker";

export default defineFlake({
  description: "Scheduled jobs as systemd services and timers",
  inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-20.09" },
  hosts: { worker },
});
