// web as a QEMU VM, to try changes before deploying them.
import { defineVariant, nixosModule } from "tsnix";
import web from "./web";

export default defineVariant(web, {
  modules: [nixosModule("virtualisation/qemu-vm.nix")],
  config: { virtualisation: { memorySize: 2048, graphics: false } },
});
