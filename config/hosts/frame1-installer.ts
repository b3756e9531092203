// The installer ISO for frame1 (004): the minimal NixOS installer that boots headless with SSH open to the owner's
// keys, carrying disko and git — then `nixos-anywhere --flake .#frame1 root@<address>` installs frame1 onto it.
import { defineHost, nixosModule } from "tsnix";
import { ownerKeys } from "../lib/people";

export default defineHost({
  system: "x86_64-linux",
  modules: [nixosModule("installer/cd-dvd/installation-cd-minimal.nix")],
  config: ({ pkgs }) => ({
    networking: { hostName: "frame1-installer" },
    users: { users: { root: { openssh: { authorizedKeys: { keys: ownerKeys } } } } },
    services: { openssh: { enable: true, settings: { PermitRootLogin: "prohibit-password" } } },
    environment: { systemPackages: [pkgs.disko, pkgs.git, pkgs.rsync] },
  }),
});
