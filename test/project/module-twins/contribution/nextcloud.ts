import { defineModule, mkIf, mkOption, types } from "tsnix";
import backup from "./backup";

export default defineModule({
  imports: [backup],
  options: { nextcloud: { enable: mkOption({ type: types.bool, default: false }) } },
  config: ({ config }) => ({
    homelab: {
      backup: {
        paths: mkIf(config.nextcloud.enable, ["/var/lib/nextcloud"]),
        exclude: mkIf(config.nextcloud.enable, ["/var/lib/nextcloud/cache"]),
      },
    },
  }),
});
