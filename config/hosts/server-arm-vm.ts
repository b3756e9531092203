// server-arm as a QEMU VM, native on an Apple Silicon Mac (000: nix build .#nixosConfigurations.server-arm-vm…).
import { defineVariant } from "tsnix";
import serverArm from "./server-arm";
import vm from "./vm";

export default defineVariant(serverArm, { modules: [vm] });
