// An installer ISO: the minimal installation CD with git.
import { defineHost, nixosModule } from "tsnix";

export default defineHost({
  system: "x86_64-linux",
  modules: [nixosModule("installer/cd-dvd/installation-cd-minimal.nix")],
  config: ({ pkgs }) => ({ environment: { systemPackages: [pkgs.git] } }),
});
