// What every VM variant shares: QEMU with the ports of SSH and HTTPS forwarded to the host (ssh -p 2222
// alice@localhost), and a password for the console — a VM is throwaway, the password is public on purpose.
import { defineModule, mkForce, nixosModule } from "tsnix";

export default defineModule({
  imports: [nixosModule("virtualisation/qemu-vm.nix")],
  config: {
    virtualisation: {
      memorySize: 2048,
      cores: 2,
      graphics: false,
      forwardPorts: [
        { from: "host", host: { port: 2222 }, guest: { port: 22 } },
        { from: "host", host: { port: 8443 }, guest: { port: 443 } },
      ],
    },
    users: { users: { alice: { initialPassword: "test" } } },
    // Deliberately overrides the hardened default for the throwaway VM: console and forwarded-port logins by password.
    services: { openssh: { settings: { PasswordAuthentication: mkForce(true) } } },
  },
});
