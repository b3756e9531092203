import { defineModule, mkEnableOption, mkIf } from "tsnix";

export default defineModule({
  options: { homelab: { monitoring: { enable: mkEnableOption("Prometheus with the node exporter") } } },
  config: ({ config }) =>
    mkIf(config.homelab.monitoring.enable, {
      services: { prometheus: { enable: true, exporters: { node: { enable: true } } } },
      networking: { firewall: { allowedTCPPorts: [9090] } },
    }),
});
