// PostgreSQL with its databases declared once: each database gets its owner role, optional read-only roles,
// client access from the listed networks (pg_hba lines, local ones first) and a nightly dump.
import { defineModule, mkAfter, mkBefore, mkEnableOption, mkIf, mkMerge, mkOption, types } from "tsnix";

const database = types.submodule(({ name }) => ({
  options: {
    owner: mkOption({ type: types.str, default: name }),
    readers: mkOption({ type: types.listOf(types.str), default: [] }),
    networks: mkOption({ type: types.listOf(types.str), default: [] }),
    backup: mkOption({ type: types.bool, default: true }),
  },
}));

export default defineModule({
  options: {
    homelab: {
      postgres: {
        enable: mkEnableOption("PostgreSQL"),
        databases: mkOption({ type: types.attrsOf(database), default: {} }),
        backupDir: mkOption({ type: types.str, default: "/var/backup/postgresql" }),
        backupAt: mkOption({ type: types.str, default: "*-*-* 01:15:00" }),
        port: mkOption({ type: types.port, default: 5432 }),
      },
    },
  },
  config: ({ config, pkgs }) => {
    const pg = config.homelab.postgres;
    const names = Object.keys(pg.databases);
    const owners = names.map((name) => ({
      name: pg.databases[name]!.owner,
      ensurePermissions: { [`DATABASE "${name}"`]: "ALL PRIVILEGES" },
    }));
    const readers = names.flatMap((name) =>
      pg.databases[name]!.readers.map((reader) => ({
        name: reader,
        ensurePermissions: { [`ALL TABLES IN SCHEMA public`]: "SELECT" },
      })),
    );
    const hba = names.flatMap((name) =>
      pg.databases[name]!.networks.map((net) => `host ${name} ${pg.databases[name]!.owner} ${net} md5`),
    );
    return mkIf(pg.enable, {
      services: {
        postgresql: {
          enable: true,
          package: pkgs.postgresql_12,
          port: pg.port,
          enableTCPIP: hba.length > 0,
          ensureDatabases: names,
          ensureUsers: [...owners, ...readers],
          authentication: mkMerge([
            mkBefore("local all postgres peer"),
            hba.join("\n"),
            mkAfter("host all all 0.0.0.0/0 reject"),
          ]),
          extraConfig: ["log_min_duration_statement = 500", "shared_buffers = 256MB"].join("\n"),
        },
        postgresqlBackup: {
          enable: true,
          databases: names.filter((name) => pg.databases[name]!.backup),
          location: pg.backupDir,
          startAt: pg.backupAt,
        },
      },
      networking: { firewall: { allowedTCPPorts: hba.length > 0 ? [pg.port] : [] } },
    });
  },
});
