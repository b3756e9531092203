// alice's home: her shell, editor and git identity, with the editor as an option of her own.
import { defineHome, mkIf, mkOption, types } from "tsnix";

export default defineHome({
  options: {
    profile: {
      editor: mkOption({ type: types.enum(["vim", "helix"]), default: "helix" }),
      email: mkOption({ type: types.str }),
    },
  },
  config: ({ config, pkgs }) => ({
    home: {
      username: "alice",
      stateVersion: "25.11",
      packages: [pkgs.ripgrep, pkgs.fd],
      sessionVariables: { EDITOR: config.profile.editor === "helix" ? "hx" : "vim" },
    },
    profile: { email: "alice@example.org" },
    programs: {
      git: { enable: true, userName: "Alice", userEmail: config.profile.email },
      helix: mkIf(config.profile.editor === "helix", { enable: true }),
    },
  }),
});
