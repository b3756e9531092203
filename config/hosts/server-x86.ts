// server-x86 (000): the x86_64 server — PostgreSQL with pgBackRest, and Restic to the local disk, a Hetzner
// Storage Box and the Raspberry Pi. Secrets with sops-nix; deployed with deploy-rs.
import { defineHost, path, sopsSecret } from "tsnix";
import sops from "../modules/secrets/sops";
import server from "../profiles/server";

export default defineHost({
  system: "x86_64-linux",
  modules: [server, sops, path("./hardware/server-x86.nix")],
  config: {
    networking: { hostName: "server-x86" },
    sops: {
      defaultSopsFile: path("../secrets/server-x86.yaml"),
      secrets: { "restic-password": {}, "tailscale-auth-key": {} },
    },
    homelab: {
      services: {
        postgresql: { enable: true, databases: ["app"] },
        restic: {
          enable: true,
          passwordFile: sopsSecret("restic-password"),
          storageBox: { enable: true, host: "u123456.your-storagebox.de", user: "u123456" },
          raspberryPi: { enable: true, host: "server-arm" },
        },
        tailscale: { enable: true, authKeyFile: sopsSecret("tailscale-auth-key") },
      },
    },
  },
  deployment: {
    targetHost: "server-x86.home.example.org",
    sshUser: "alice",
    magicRollback: true,
    autoRollback: true,
  },
});
