// forge (002): the primary homelab server — every service of the stack on ZFS datasets snapshotted by sanoid and
// replicated by syncoid to server-x86, PostgreSQL with pgBackRest, Restic, Prometheus alerting, a Gatus status page.
// Secrets with sops-nix.
import { defineHost, path, sopsSecret } from "tsnix";
import sops from "../modules/secrets/sops";
import server from "../profiles/server";

export default defineHost({
  system: "x86_64-linux",
  modules: [server, sops, path("./hardware/forge.nix")],
  config: {
    networking: { hostName: "forge" },
    sops: {
      defaultSopsFile: path("../secrets/forge.yaml"),
      secrets: {
        "restic-password": {},
        "grafana-admin-password": { owner: "grafana", restartUnits: ["grafana.service"] },
        "cloudflare-token": { owner: "caddy" },
        "tailscale-auth-key": {},
      },
    },
    homelab: {
      domain: "holt.example.org",
      services: {
        caddy: {
          enable: true,
          dnsChallenge: { environmentFile: sopsSecret("cloudflare-token") },
        },
        homepage: { enable: true },
        gatus: { enable: true },
        grafana: { enable: true, adminPasswordFile: sopsSecret("grafana-admin-password") },
        prometheus: { enable: true },
        loki: { enable: true },
        postgresql: { enable: true, databases: ["paperless", "mealie"] },
        restic: {
          enable: true,
          passwordFile: sopsSecret("restic-password"),
          raspberryPi: { enable: true, host: "server-arm" },
        },
        tailscale: { enable: true, authKeyFile: sopsSecret("tailscale-auth-key"), exitNode: true },
        zfs: {
          enable: true,
          datasets: ["tank/services/grafana", "tank/services/postgresql", "tank/media"],
          replicateTo: "syncoid@server-x86:backup/forge",
        },
      },
    },
  },
  deployment: {
    targetHost: "forge.holt.example.org",
    sshUser: "alice",
    magicRollback: true,
    autoRollback: true,
  },
});
