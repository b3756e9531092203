// A service that contributes its state to the backups: it sets an option of the backup module, so it imports it.
import { defineModule, mkEnableOption, mkIf, mkOption, types } from "tsnix";
import backup from "./backup";

export default defineModule({
  imports: [backup],
  options: {
    homelab: {
      gitea: {
        enable: mkEnableOption("Gitea"),
        domain: mkOption({ type: types.str }),
        port: mkOption({ type: types.port, default: 3000 }),
      },
    },
  },
  config: ({ config }) => {
    const g = config.homelab.gitea;
    return mkIf(g.enable, {
      services: {
        gitea: {
          enable: true,
          domain: g.domain,
          httpPort: g.port,
          rootUrl: `https://${g.domain}/`,
          disableRegistration: true,
        },
      },
      homelab: { backup: { paths: ["/var/lib/gitea"] } },
      networking: { firewall: { allowedTCPPorts: [g.port] } },
    });
  },
});
