// Gatus: the status page, with one check per entry of homelab.checks (every enabled service adds its own).
import { defineModule, mkIf } from "tsnix";
import { check, tile, unitDown, virtualHost, webServiceOptions } from "../../lib/service";
import homelab from "../homelab";

export default defineModule({
  imports: [homelab],
  options: ({ config }) => ({
    homelab: {
      services: {
        gatus: webServiceOptions("the Gatus status page", 8080, `status.${config.homelab.domain}`),
      },
    },
  }),
  config: ({ config }) => {
    const cfg = config.homelab.services.gatus;
    return mkIf(cfg.enable, {
      services: {
        gatus: {
          enable: true,
          settings: {
            web: { port: cfg.port },
            endpoints: Object.values(config.homelab.checks),
          },
        },
      },
      homelab: {
        proxy: { gatus: virtualHost(cfg) },
        dashboard: { gatus: tile(cfg, "Monitoring", "Status", "Is everything up?", "gatus.png") },
        checks: { gatus: check(cfg, "/health") },
        scrapeTargets: { gatus: { port: cfg.port } },
        alerts: { "gatus-down": unitDown("gatus", "Gatus") },
        backup: { paths: ["/var/lib/gatus"] },
      },
    });
  },
});
