import { defineHost, mkForce, path } from "tsnix";
import postgres from "../modules/postgres";
import server from "../profiles/server";

export default defineHost({
  system: "x86_64-linux",
  modules: [server, postgres, path("./hardware.nix")],
  config: {
    networking: { hostName: "db1", firewall: { allowPing: true } },
    boot: { kernel: { sysctl: { "vm.swappiness": 1 } } },
    services: { openssh: { permitRootLogin: mkForce("no") } },
    homelab: {
      postgres: {
        enable: true,
        port: 5433,
        databases: {
          grafana: { networks: ["10.0.0.10/32"] },
          gitea: { owner: "git", readers: ["metabase"], networks: ["10.0.0.11/32", "10.0.1.0/24"] },
          scratch: { backup: false },
        },
      },
    },
  },
});
