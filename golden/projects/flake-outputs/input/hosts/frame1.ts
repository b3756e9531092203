import { defineHost, inputs, path, sopsSecret } from "tsnix";
import monitoring from "../modules/monitoring";
import secrets from "../modules/secrets";

export default defineHost({
  system: "x86_64-linux",
  modules: [monitoring, secrets, inputs.disko.nixosModules.disko, path("./frame1-disks.nix")],
  config: {
    networking: { hostName: "frame1" },
    homelab: { monitoring: { enable: true } },
    services: {
      restic: {
        backups: { local: { repository: "/var/backup", paths: ["/var/lib"], passwordFile: sopsSecret("restic-password") } },
      },
    },
  },
  deployment: { targetHost: "frame1.home.example.org", sshUser: "root", magicRollback: true, autoRollback: true, tags: ["x86"] },
});
