import { defineHost } from "tsnix";
import common from "./common";

export default defineHost({
  system: "aarch64-linux",
  modules: [common],
  config: { networking: { hostName: "pi" }, boot: { loader: { "generic-extlinux-compatible": { enable: true } } } },
});
