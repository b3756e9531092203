import { defineModule, mkEnableOption, mkIf, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    backup: {
      enable: mkEnableOption("backups"),
      passwordFile: mkOption({ type: types.secretPath, description: "The repository password's file." }),
      tokenFile: mkOption({ type: types.nullOr(types.secretPath), default: null }),
    },
  },
  config: ({ config }) =>
    mkIf(config.backup.enable, {
      environment: { etc: { "backup/env": { text: `PASSWORD_FILE=${config.backup.passwordFile}\n` } } },
    }),
});
