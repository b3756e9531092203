// Secrets with agenix (001, 004): secrets/*.age, encrypted to the owner's and the machines' SSH keys
// (secrets/secrets.nix), decrypted at activation with the host key. Hosts declare each under age.secrets and
// reference it with ageSecret("name").
import { defineModule, inputs } from "tsnix";

export default defineModule({
  imports: [inputs.agenix.nixosModules.default],
  config: {
    age: { identityPaths: ["/etc/ssh/ssh_host_ed25519_key"] },
  },
});
