// frame1-vm (004): frame1's machine as an aarch64 QEMU VM for an Apple Silicon Mac; its sites at
// https://<name>.local.example.org:8443.
import { defineHost } from "tsnix";
import frame1 from "../machines/frame1";
import vm from "./vm";

export default defineHost({
  system: "aarch64-linux",
  modules: [frame1, vm],
  deployment: { targetHost: "localhost", targetPort: 2222, sshUser: "alice" },
});
