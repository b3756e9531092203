import { defineHost } from "tsnix";
import monitoring from "../modules/monitoring";

export default defineHost({
  system: "aarch64-linux",
  modules: [monitoring],
  config: { networking: { hostName: "pi" }, homelab: { monitoring: { enable: true } } },
  deployment: { targetHost: "192.168.1.20", sshUser: "admin", remoteBuild: true },
});
