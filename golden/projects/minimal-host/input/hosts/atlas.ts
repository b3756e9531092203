import { defineHost, path } from "tsnix";

export default defineHost({
  system: "x86_64-linux",
  modules: [path("./atlas-hardware.nix")],
  config: {
    networking: { hostName: "atlas", firewall: { allowedTCPPorts: [22] } },
    services: { openssh: { enable: true } },
    time: { timeZone: "Europe/Berlin" },
  },
});
