// The machine `server` (001): Caddy in front of Homepage, Grafana, Prometheus and Loki. Shared by the x86_64 host
// (hosts/server.ts) and its aarch64 VM for Apple Silicon (hosts/server-vm.ts). Secrets with agenix.
import { ageSecret, defineModule, path } from "tsnix";
import agenix from "../modules/secrets/agenix";
import server from "../profiles/server";

export default defineModule({
  imports: [server, agenix],
  config: {
    networking: { hostName: "server" },
    age: {
      secrets: {
        "grafana-admin-password": { file: path("../secrets/grafana-admin-password.age"), owner: "grafana" },
      },
    },
    homelab: {
      domain: "lab.example.org",
      services: {
        caddy: { enable: true },
        homepage: { enable: true },
        grafana: { enable: true, adminPasswordFile: ageSecret("grafana-admin-password") },
        prometheus: { enable: true },
        loki: { enable: true },
      },
    },
  },
});
