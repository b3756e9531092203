// alice's home, on her NixOS machines, her Mac and standalone.
import { defineHome, mkDefault, mkOption, types } from "tsnix";

export default defineHome({
  options: { profile: { editor: mkOption({ type: types.str, default: "vim" }) } },
  config: ({ config }) => ({
    home: {
      username: "alice",
      homeDirectory: mkDefault("/home/alice"), // home-manager inside NixOS or nix-darwin sets it from the user
      stateVersion: "25.05",
      sessionVariables: { EDITOR: config.profile.editor },
    },
    programs: { bash: { enable: true } },
  }),
});
