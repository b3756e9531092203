// The server as a VM: everything the server has, with the VM's own disk and memory.
import { defineHost } from "tsnix";
import serverX86 from "./server-x86";

export default defineHost({
  system: "x86_64-linux",
  modules: [serverX86],
  config: { virtualisation: { memorySize: 2048, diskSize: 8192 } },
});
