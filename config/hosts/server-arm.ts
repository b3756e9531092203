// server-arm (000): the aarch64 server — a Raspberry Pi 4 that is also server-x86's off-site Restic target (restic's
// REST server on port 8000) and backs itself up locally. Secrets with sops-nix; deployed with deploy-rs.
import { defineHost, path, sopsSecret } from "tsnix";
import sops from "../modules/secrets/sops";
import server from "../profiles/server";

export default defineHost({
  system: "aarch64-linux",
  modules: [server, sops, path("./hardware/server-arm.nix")],
  config: {
    networking: { hostName: "server-arm", firewall: { allowedTCPPorts: [8000] } },
    sops: { defaultSopsFile: path("../secrets/server-arm.yaml"), secrets: { "restic-password": {} } },
    services: {
      restic: {
        server: {
          enable: true,
          listenAddress: "8000",
          dataDir: "/srv/restic",
          appendOnly: true,
          extraFlags: ["--no-auth"],
        },
      },
    },
    homelab: { services: { restic: { enable: true, passwordFile: sopsSecret("restic-password") } } },
  },
  deployment: { targetHost: "server-arm.home.example.org", sshUser: "alice", remoteBuild: false },
});
