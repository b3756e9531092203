import { defineModule, mkIf, mkMerge } from "tsnix";
import { domainOf, openPort, serviceOptions } from "../lib/services";

export default defineModule({
  options: { homelab: { jellyfin: serviceOptions("jellyfin", 8096) } },
  config: ({ config }) =>
    mkMerge([
      openPort(config.homelab.jellyfin.enable, config.homelab.jellyfin.port),
      mkIf(config.homelab.jellyfin.enable, {
        services: { jellyfin: { enable: true } },
        networking: { hosts: { "127.0.0.1": [domainOf(config.homelab.jellyfin.subdomain)] } },
      }),
    ]),
});
