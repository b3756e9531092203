import { defineFlake } from "tsnix";
import watchtower from "./hosts/watchtower";

export default defineFlake({
  description: "Prometheus, Loki and Grafana on one host",
  inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-20.09" },
  hosts: { watchtower },
});
