// alice's home, on her NixOS machines and standalone.
import { defineHome, mkOption, types } from "tsnix";

export default defineHome({
  options: { profile: { editor: mkOption({ type: types.str, default: "vim" }) } },
  config: ({ config }) => ({
    home: {
      username: "alice",
      homeDirectory: "/home/alice",
      stateVersion: "25.05",
      sessionVariables: { EDITOR: config.profile.editor },
    },
    programs: { bash: { enable: true } },
  }),
});
