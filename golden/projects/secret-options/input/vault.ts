import { defineHost, path, sopsSecret } from "tsnix";
import backup from "./backup";
import secrets from "./secrets";

export default defineHost({
  system: "x86_64-linux",
  modules: [backup, secrets],
  config: {
    networking: { hostName: "vault" },
    sops: { defaultSopsFile: path("./secrets/vault.yaml"), secrets: { restic: {} } },
    backup: { enable: true, passwordFile: sopsSecret("restic") },
  },
});
