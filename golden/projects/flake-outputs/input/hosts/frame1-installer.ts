// The installer ISO for frame1: the minimal installation CD plus the tools to partition and deploy it.
import { defineHost, nixosModule } from "tsnix";

export default defineHost({
  system: "x86_64-linux",
  modules: [nixosModule("installer/cd-dvd/installation-cd-minimal.nix")],
  config: ({ pkgs }) => ({
    environment: { systemPackages: [pkgs.git, pkgs.disko] },
    networking: { hostName: "frame1-installer" },
  }),
});
