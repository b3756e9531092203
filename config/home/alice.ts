// alice's home (002's home/<user>): her shell, editor, git identity and SSH shortcuts to every machine of the
// homelab — standalone on any Linux machine (`home-manager switch --flake .#alice`) and inside nix-darwin on the
// workstation. `workstation` turns on what only the Mac needs.
import { defineHome, mkIf, mkOption, types } from "tsnix";
import { ownerEmail } from "../lib/people";

export default defineHome({
  options: {
    profile: {
      workstation: mkOption({
        type: types.bool,
        default: false,
        description: "The Mac: GUI tools, 1Password agent.",
      }),
      domain: mkOption({ type: types.str, default: "home.example.org" }),
    },
  },
  config: ({ config, pkgs }) => ({
    home: {
      username: "alice",
      stateVersion: "24.11",
      packages: [pkgs.ripgrep, pkgs.fd, pkgs.jq, pkgs.sops, pkgs.age],
      sessionVariables: { EDITOR: "hx" },
    },
    programs: {
      "home-manager": { enable: true },
      zsh: { enable: true, autosuggestion: { enable: true }, syntaxHighlighting: { enable: true } },
      starship: { enable: true },
      direnv: { enable: true, "nix-direnv": { enable: true } },
      helix: { enable: true },
      git: {
        enable: true,
        settings: {
          user: { name: "Alice", email: ownerEmail },
          init: { defaultBranch: "main" },
          pull: { rebase: true },
        },
      },
      ssh: {
        enable: true,
        matchBlocks: {
          "forge server-x86 server-arm desktop laptop": {
            user: "alice",
            hostname: `%h.${config.profile.domain}`,
          },
          frame1: { user: "alice", hostname: "192.168.2.241" },
          "frame1-vm": { user: "alice", hostname: "localhost", port: 2222 },
        },
      },
      wezterm: mkIf(config.profile.workstation, { enable: true }),
    },
  }),
});
