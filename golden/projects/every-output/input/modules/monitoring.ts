import { defineModule, mkEnableOption, mkIf } from "tsnix";

export default defineModule({
  options: { homelab: { monitoring: { enable: mkEnableOption("Prometheus") } } },
  config: ({ config }) =>
    mkIf(config.homelab.monitoring.enable, {
      services: { prometheus: { enable: true } },
      networking: { firewall: { allowedTCPPorts: [9090] } },
    }),
});
