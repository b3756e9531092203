import { defineModule, mkIf, mkMerge } from "tsnix";
import { openPort, serviceOptions } from "../lib/services";

export default defineModule({
  options: { homelab: { navidrome: serviceOptions("navidrome", 4533) } },
  config: ({ config }) =>
    mkMerge([
      openPort(config.homelab.navidrome.enable, config.homelab.navidrome.port),
      mkIf(config.homelab.navidrome.enable, { services: { navidrome: { enable: true } } }),
    ]),
});
