// Secrets with sops-nix (000, 002, 003): each machine decrypts its own secrets/<host>.yaml with an age key derived
// from its SSH host key (ssh-to-age). Hosts declare the secrets they use under sops.secrets and reference them with
// sopsSecret("name"), which is the decrypted file's path — the value never enters the Nix store.
import { defineModule, inputs } from "tsnix";

export default defineModule({
  imports: [inputs["sops-nix"].nixosModules.sops],
  config: {
    sops: {
      age: { sshKeyPaths: ["/etc/ssh/ssh_host_ed25519_key"] },
    },
  },
});
