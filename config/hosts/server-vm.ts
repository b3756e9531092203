// server-vm (001): the same machine as an aarch64 QEMU VM, native on an Apple Silicon Mac; Homepage on port 3000.
import { defineHost } from "tsnix";
import server from "../machines/server";
import vm from "./vm";

export default defineHost({
  system: "aarch64-linux",
  modules: [server, vm],
  config: {
    virtualisation: { forwardPorts: [{ from: "host", host: { port: 3000 }, guest: { port: 3000 } }] },
  },
});
