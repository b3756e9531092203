// A server profile that only suggests (mkDefault, mkOverride): hosts override without mkForce.
import { defineModule, mkDefault, mkOverride } from "tsnix";

export default defineModule({
  config: {
    services: { openssh: { enable: mkDefault(true), permitRootLogin: mkDefault("prohibit-password") } },
    networking: { firewall: { allowPing: mkDefault(false) } },
    boot: {
      kernel: { sysctl: { "vm.swappiness": mkOverride(900, 10), "net.core.somaxconn": mkDefault(1024) } },
    },
    documentation: { nixos: { enable: mkDefault(false) } },
  },
});
