// A home with options of its own (the editor, an address) deciding variables, shells and their start-up lines.
import { defineHome, mkIf, mkOption, types } from "tsnix";

export default defineHome({
  options: {
    profile: {
      editor: mkOption({ type: types.enum(["vim", "helix"]), default: "helix" }),
      email: mkOption({ type: types.str, description: "Where mail for this profile goes." }),
    },
  },
  config: ({ config, pkgs }) => ({
    home: {
      username: "alice",
      homeDirectory: "/home/alice",
      stateVersion: "25.05",
      packages: [pkgs.ripgrep, pkgs.fd],
      sessionVariables: { EDITOR: config.profile.editor === "helix" ? "hx" : "vim", PAGER: "less" },
    },
    profile: { email: "alice@example.org" },
    programs: {
      zsh: mkIf(config.profile.editor === "helix", { enable: true, initContent: "bindkey -e" }),
      bash: { enable: true, shellAliases: { ll: "ls -l" }, initExtra: `export EDITOR_NAME=${config.profile.editor}\nexport EMAIL=${config.profile.email}` },
    },
  }),
});
