import { defineHost, path } from "tsnix";
import monitoring from "../modules/monitoring";

export default defineHost({
  system: "x86_64-linux",
  modules: [monitoring, path("./hardware.nix")],
  config: {
    networking: { hostName: "watchtower", firewall: { allowedTCPPorts: [22] } },
    services: { openssh: { enable: true } },
    homelab: {
      monitoring: {
        enable: true,
        retention: "30d",
        hostLabel: "watchtower",
        grafanaPort: 3001,
        targets: {
          router: { host: "10.0.0.1", port: 9100, labels: { role: "router" } },
          nas: { host: "10.0.0.5", port: 9100, labels: { role: "storage", rack: "a" }, interval: "30s" },
        },
      },
    },
  },
});
