// Two architectures, a host name that is no identifier, and a VM variant built on a host.
import { defineFlake } from "tsnix";
import pi from "./hosts/pi";
import serverX86 from "./hosts/server-x86";
import serverVm from "./hosts/server-vm";

export default defineFlake({
  description: "x86_64 and aarch64 machines",
  inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-25.11" },
  hosts: { "server-x86": serverX86, "server-vm": serverVm, pi },
});
