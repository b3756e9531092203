import { defineModule, mkIf, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    homelab: {
      backup: {
        enable: mkOption({ type: types.bool, default: false }),
        paths: mkOption({ type: types.listOf(types.str), default: [] }),
        exclude: mkOption({ type: types.listOf(types.str), default: [] }),
        command: mkOption({ type: types.str, readOnly: true, default: "" }),
        jobs: mkOption({ type: types.attrsOf(types.str), default: {} }),
      },
    },
  },
  config: ({ config }) => {
    const backup = config.homelab.backup;
    return mkIf(backup.enable && backup.paths.length > 0, {
      homelab: {
        backup: {
          jobs: {
            nightly: `restic backup ${backup.paths.join(" ")}${backup.exclude.map((e) => ` --exclude ${e}`).join("")}`,
          },
        },
      },
    });
  },
});
