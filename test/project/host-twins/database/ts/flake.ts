import { defineFlake } from "tsnix";
import db1 from "./hosts/db1";

export default defineFlake({
  description: "A PostgreSQL server with nightly dumps",
  inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-20.09" },
  hosts: { db1 },
});
