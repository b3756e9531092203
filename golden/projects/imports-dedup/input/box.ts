import { defineHost, defineModule } from "tsnix";
import backup from "./modules/backup";
import grafana from "./modules/grafana";
import postgres from "./modules/postgres";

/** A module defined in place: its `key` lets NixOS import it twice and declare its option once. */
const motd = defineModule({
  options: {},
  config: { users: { motd: "Backups run nightly." } },
});

export default defineHost({
  system: "x86_64-linux",
  modules: [grafana, postgres, backup, motd, motd],
  config: ({ config }) => ({
    services: { restic: { backups: { nightly: { paths: config.backup.paths, repository: "/srv/restic" } } } },
  }),
});
