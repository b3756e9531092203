import { defineHost, path } from "tsnix";
import homelab from "../modules/homelab";

export default defineHost({
  system: "x86_64-linux",
  modules: [homelab, path("./atlas-hardware.nix")],
  config: {
    homelab: {
      hostName: "atlas",
      admins: ["alice", "bob"],
      services: {
        grafana: { port: 3000, public: true, metricsPath: "/metrics" },
        prometheus: { port: 9090, metricsPath: "/metrics" },
        loki: { port: 3100 },
      },
      offsiteBackup: { host: "u123456.your-storagebox.de", port: 23 },
    },
  },
});
