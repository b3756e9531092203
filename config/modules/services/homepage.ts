// Homepage: the dashboard at the bare domain, one tile per entry of homelab.dashboard (every enabled web service
// adds its own), grouped as the tiles say.
import { defineModule, mkIf } from "tsnix";
import { webServiceOptions } from "../../lib/service";
import homelab from "../homelab";

export default defineModule({
  imports: [homelab],
  options: ({ config }) => ({
    homelab: {
      services: { homepage: webServiceOptions("the Homepage dashboard", 3000, config.homelab.domain) },
    },
  }),
  config: ({ config }) => {
    const cfg = config.homelab.services.homepage;
    const tiles = Object.values(config.homelab.dashboard);
    const groups = [...new Set(tiles.map((tile) => tile.group))];
    return mkIf(cfg.enable, {
      services: {
        "homepage-dashboard": {
          enable: true,
          listenPort: cfg.port,
          settings: { title: config.homelab.domain },
          services: groups.map((group) => ({
            [group]: tiles
              .filter((tile) => tile.group === group)
              .map((tile) => ({
                [tile.title]: { href: tile.href, description: tile.description, icon: tile.icon },
              })),
          })),
        },
      },
      homelab: {
        proxy: { homepage: { domain: cfg.domain, port: cfg.port } },
        checks: { homepage: { url: `https://${cfg.domain}` } },
      },
    });
  },
});
