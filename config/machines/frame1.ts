// The machine frame1 (004): the observability box — Caddy with certificates through Cloudflare's DNS challenge (the
// names resolve only inside the LAN), Homepage at the bare domain, Grafana, VictoriaMetrics, Loki with Alloy, and
// Tailscale. Shared by the x86_64 host and its aarch64 VM. Secrets with agenix.
import { ageSecret, defineModule, path } from "tsnix";
import agenix from "../modules/secrets/agenix";
import server from "../profiles/server";

export default defineModule({
  imports: [server, agenix],
  config: {
    networking: { hostName: "frame1" },
    age: {
      secrets: {
        "cloudflare-token": { file: path("../secrets/cloudflare-token.age"), owner: "caddy" },
        "grafana-admin-password": { file: path("../secrets/grafana-admin-password.age"), owner: "grafana" },
        "tailscale-auth-key": { file: path("../secrets/tailscale-auth-key.age") },
      },
    },
    homelab: {
      domain: "local.example.org",
      services: {
        caddy: {
          enable: true,
          dnsChallenge: { environmentFile: ageSecret("cloudflare-token") },
        },
        homepage: { enable: true },
        grafana: { enable: true, adminPasswordFile: ageSecret("grafana-admin-password") },
        victoriametrics: { enable: true },
        loki: { enable: true },
        tailscale: { enable: true, authKeyFile: ageSecret("tailscale-auth-key") },
      },
    },
  },
});
