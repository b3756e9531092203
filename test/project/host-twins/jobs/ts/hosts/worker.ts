import { defineHost, mkBefore, path } from "tsnix";
import jobs from "../modules/jobs";

export default defineHost({
  system: "x86_64-linux",
  modules: [jobs, path("./hardware.nix")],
  config: ({ pkgs }) => ({
    networking: { hostName: "worker", firewall: { enable: true } },
    services: { openssh: { enable: true } },
    environment: { systemPackages: mkBefore([pkgs.git, pkgs.curl]) },
    homelab: {
      jobs: {
        "mirror-repos": {
          script: 'cd /var/lib/jobs/mirror-repos\nfor r in *.git; do git -C "$r" fetch --all --prune; done',
          onCalendar: "hourly",
          environment: { GIT_TERMINAL_PROMPT: "0" },
        },
        "cert-check": {
          script: "curl -fsS https://home.example.org >/dev/null",
          onCalendar: "*-*-* 06:00:00",
          user: "nobody",
          nice: 19,
        },
        reindex: { script: "echo reindexing", after: ["postgresql.service"] },
      },
    },
  }),
});
