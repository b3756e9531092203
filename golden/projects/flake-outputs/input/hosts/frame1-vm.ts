// frame1 as a QEMU VM, to try changes before deploying them.
import { defineVariant, nixosModule } from "tsnix";
import frame1 from "./frame1";

export default defineVariant(frame1, {
  modules: [nixosModule("virtualisation/qemu-vm.nix")],
  config: { virtualisation: { memorySize: 2048, graphics: false } },
});
