// The contribution pattern: services import the backup module and add their paths to its options; the backup
// module reads what every module contributed (and a read-only option keeps its default).
import { defineModule } from "tsnix";
import backup from "./backup";
import nextcloud from "./nextcloud";
import photos from "./photos";

export default defineModule({
  imports: [photos, nextcloud, backup],
  config: ({ config }) => ({
    nextcloud: { enable: true },
    photos: { enable: true },
    homelab: { backup: { enable: true, paths: [`/etc/${config.homelab.backup.command}marker`] } },
  }),
});
