// Restic: every path of homelab.backup to a local repository, always; to a Hetzner Storage Box (SFTP) and to a
// Raspberry Pi (restic's REST server) only where those are enabled.
import { defineModule, mkEnableOption, mkIf, mkOption, types } from "tsnix";
import homelab from "../homelab";

const storageBox = types.submodule({
  options: {
    enable: mkEnableOption("backups to a Hetzner Storage Box"),
    host: mkOption({ type: types.str, default: "", description: "u123456.your-storagebox.de" }),
    user: mkOption({ type: types.str, default: "" }),
    path: mkOption({ type: types.str, default: "restic" }),
  },
});

const raspberryPi = types.submodule({
  options: {
    enable: mkEnableOption("backups to a Raspberry Pi running restic's REST server"),
    host: mkOption({ type: types.str, default: "" }),
    port: mkOption({ type: types.port, default: 8000 }),
  },
});

export default defineModule({
  imports: [homelab],
  options: {
    homelab: {
      services: {
        restic: {
          enable: mkEnableOption("Restic backups"),
          passwordFile: mkOption({
            type: types.secretPath,
            description: "A secret file holding the repositories' password.",
          }),
          localPath: mkOption({ type: types.str, default: "/var/backup/restic" }),
          schedule: mkOption({ type: types.str, default: "daily", description: "A systemd calendar event." }),
          storageBox: mkOption({ type: storageBox, default: {} }),
          raspberryPi: mkOption({ type: raspberryPi, default: {} }),
        },
      },
    },
  },
  config: ({ config }) => {
    const cfg = config.homelab.services.restic;
    const to = (repository: string) => ({
      repository,
      passwordFile: cfg.passwordFile,
      initialize: true,
      paths: config.homelab.backup.paths,
      exclude: config.homelab.backup.exclude,
      timerConfig: { OnCalendar: cfg.schedule, Persistent: true, RandomizedDelaySec: "1h" },
      pruneOpts: ["--keep-daily 7", "--keep-weekly 4", "--keep-monthly 6"],
    });
    const box = cfg.storageBox;
    const pi = cfg.raspberryPi;
    return mkIf(cfg.enable, {
      services: {
        restic: {
          backups: {
            local: to(cfg.localPath),
            ...(box.enable ? { "storage-box": to(`sftp:${box.user}@${box.host}:${box.path}`) } : {}),
            ...(pi.enable ? { "raspberry-pi": to(`rest:http://${pi.host}:${pi.port}/`) } : {}),
          },
        },
      },
      homelab: {
        alerts: {
          "restic-backup-failed": {
            expr: 'node_systemd_unit_state{name=~"restic-backups-.*.service",state="failed"} == 1',
            severity: "critical",
            summary: "A Restic backup failed",
          },
        },
      },
    });
  },
});
