// PostgreSQL with pgBackRest: WAL archiving into a local pgBackRest repository, full and differential backups on a
// schedule; the repository itself is among the backup paths, so Restic carries it off the machine.
import { defineModule, mkEnableOption, mkIf, mkOption, types } from "tsnix";
import { unitDown } from "../../lib/service";
import homelab from "../homelab";

export default defineModule({
  imports: [homelab],
  options: {
    homelab: {
      services: {
        postgresql: {
          enable: mkEnableOption("PostgreSQL with pgBackRest"),
          port: mkOption({ type: types.port, default: 5432 }),
          databases: mkOption({
            type: types.listOf(types.str),
            default: [],
            description: "Each with its owner.",
          }),
          dataDir: mkOption({ type: types.str, default: "/var/lib/postgresql/16" }),
          repository: mkOption({ type: types.str, default: "/var/backup/pgbackrest" }),
          fullBackupAt: mkOption({
            type: types.str,
            default: "Sun 03:00",
            description: "A systemd calendar event.",
          }),
          diffBackupAt: mkOption({ type: types.str, default: "Mon..Sat 03:00" }),
          retainFull: mkOption({ type: types.ints.positive, default: 4 }),
        },
      },
    },
  },
  config: ({ config, pkgs }) => {
    const cfg = config.homelab.services.postgresql;
    const stanza = "main";
    const backup = (type: string, startAt: string) => ({
      description: `pgBackRest ${type} backup`,
      after: ["postgresql.service"],
      requires: ["postgresql.service"],
      path: [pkgs.pgbackrest],
      serviceConfig: { Type: "oneshot", User: "postgres" },
      script: `pgbackrest --stanza=${stanza} stanza-create || true\npgbackrest --stanza=${stanza} --type=${type} backup`,
      startAt,
    });
    return mkIf(cfg.enable, {
      services: {
        postgresql: {
          enable: true,
          package: pkgs.postgresql_16,
          dataDir: cfg.dataDir,
          settings: {
            port: cfg.port,
            wal_level: "replica",
            archive_mode: "on",
            archive_command: `pgbackrest --stanza=${stanza} archive-push %p`,
          },
          ensureDatabases: cfg.databases,
          ensureUsers: cfg.databases.map((name) => ({ name, ensureDBOwnership: true })),
        },
        prometheus: {
          exporters: { postgres: { enable: true, listenAddress: "127.0.0.1", runAsLocalSuperUser: true } },
        },
      },
      environment: {
        systemPackages: [pkgs.pgbackrest],
        etc: {
          "pgbackrest/pgbackrest.conf": {
            text: `[global]\nrepo1-path=${cfg.repository}\nrepo1-retention-full=${cfg.retainFull}\nstart-fast=y\n\n[${stanza}]\npg1-path=${cfg.dataDir}\npg1-port=${cfg.port}\n`,
          },
        },
      },
      systemd: {
        tmpfiles: { rules: [`d ${cfg.repository} 0750 postgres postgres -`] },
        services: {
          "pgbackrest-full": backup("full", cfg.fullBackupAt),
          "pgbackrest-diff": backup("diff", cfg.diffBackupAt),
        },
      },
      homelab: {
        checks: {
          postgresql: {
            group: "databases",
            url: `tcp://127.0.0.1:${cfg.port}`,
            conditions: ["[CONNECTED] == true"],
          },
        },
        scrapeTargets: { postgresql: { port: 9187 } },
        alerts: {
          "postgresql-down": unitDown("postgresql", "PostgreSQL"),
          "pgbackrest-backup-failed": {
            expr: 'node_systemd_unit_state{name=~"pgbackrest-.*.service",state="failed"} == 1',
            severity: "critical",
            summary: "The last pgBackRest backup failed",
          },
        },
        backup: { paths: [cfg.repository] },
      },
    });
  },
});
