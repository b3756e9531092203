import { defineModule, mkAfter, mkIf, mkOption, types } from "tsnix";
import backup from "./backup";

export default defineModule({
  imports: [backup],
  options: { photos: { enable: mkOption({ type: types.bool, default: false }) } },
  config: ({ config }) =>
    mkIf(config.photos.enable, {
      homelab: { backup: { paths: mkAfter(["/srv/photos"]), jobs: { photos: "rsync /srv/photos" } } },
    }),
});
