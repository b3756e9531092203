// Defaults every machine's home starts from, each overridable.
import { defineHome, mkDefault, mkOption, types } from "tsnix";

export default defineHome({
  options: { profile: { shellAliases: mkOption({ type: types.attrsOf(types.str), default: {} }) } },
  config: ({ config, pkgs }) => ({
    home: {
      username: mkDefault("user"),
      homeDirectory: mkDefault("/home/user"),
      stateVersion: "25.05",
      packages: [pkgs.htop],
      sessionPath: ["$HOME/.local/bin"],
    },
    programs: { bash: { enable: true, shellAliases: config.profile.shellAliases } },
  }),
});
