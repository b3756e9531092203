// Tailscale: the machine joins the tailnet (with a pre-authorised key from a secret) and trusts it.
import { defineModule, mkEnableOption, mkIf, mkOption, types } from "tsnix";
import { unitDown } from "../../lib/service";
import homelab from "../homelab";

export default defineModule({
  imports: [homelab],
  options: {
    homelab: {
      services: {
        tailscale: {
          enable: mkEnableOption("Tailscale"),
          port: mkOption({
            type: types.port,
            default: 41641,
            description: "The UDP port of WireGuard traffic.",
          }),
          authKeyFile: mkOption({
            type: types.nullOr(types.secretPath),
            default: null,
            description: "A secret auth key file.",
          }),
          exitNode: mkOption({
            type: types.bool,
            default: false,
            description: "Offer this machine as an exit node.",
          }),
        },
      },
    },
  },
  config: ({ config }) => {
    const cfg = config.homelab.services.tailscale;
    return mkIf(cfg.enable, {
      services: {
        tailscale: {
          enable: true,
          port: cfg.port,
          authKeyFile: cfg.authKeyFile,
          useRoutingFeatures: cfg.exitNode ? "server" : "client",
          extraUpFlags: cfg.exitNode ? ["--advertise-exit-node"] : [],
        },
      },
      networking: { firewall: { allowedUDPPorts: [cfg.port], trustedInterfaces: ["tailscale0"] } },
      homelab: { alerts: { "tailscale-down": unitDown("tailscaled", "Tailscale") } },
    });
  },
});
