// The fleet's network: Tailscale between the machines, ssh reachable only through it, and a firewall that trusts
// the tailnet. Ports listed per host open on every interface.
import { defineModule, mkBefore, mkDefault, mkForce, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    fleet: {
      publicTCPPorts: mkOption({ type: types.listOf(types.port), default: [] }),
      tailscalePort: mkOption({ type: types.port, default: 41641 }),
      nameservers: mkOption({ type: types.listOf(types.str), default: ["1.1.1.1", "9.9.9.9"] }),
    },
  },
  config: ({ config, pkgs }) => ({
    services: {
      tailscale: { enable: true, port: config.fleet.tailscalePort },
      openssh: {
        enable: true,
        openFirewall: false,
        passwordAuthentication: false,
        permitRootLogin: mkForce("no"),
      },
    },
    networking: {
      nameservers: mkBefore(["100.100.100.100"]),
      firewall: {
        enable: true,
        trustedInterfaces: ["tailscale0"],
        allowedUDPPorts: [config.fleet.tailscalePort],
        allowedTCPPorts: config.fleet.publicTCPPorts,
        checkReversePath: mkDefault("loose"),
      },
    },
    environment: { systemPackages: [pkgs.tailscale, pkgs.htop] },
  }),
});
