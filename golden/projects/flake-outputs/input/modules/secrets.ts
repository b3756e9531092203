// Secrets with sops-nix: declared here, referenced by path wherever a service needs one.
import { defineModule, inputs, path } from "tsnix";

export default defineModule({
  imports: [inputs["sops-nix"].nixosModules.sops],
  config: {
    sops: {
      defaultSopsFile: path("../secrets/frame1.yaml"),
      age: { keyFile: "/var/lib/sops-nix/key.txt" },
      secrets: { "restic-password": { owner: "root", mode: "0400", restartUnits: ["restic-backups-local.service"] } },
    },
  },
});
