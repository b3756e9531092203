// Home modules and home-manager users under strict typings (generated from the shared NixOS 20.09 and
// home-manager schemas): each line marked `// error: CODE` must get exactly that error, no other line any.
import { defineHome, defineHost, inputs, mkDefault, mkIf, mkOption, types } from "tsnix";

export const alice = defineHome({
  options: { profile: { editor: mkOption({ type: types.str, default: "vim" }) } },
  config: ({ config, pkgs }) => ({
    home: {
      username: "alice",
      homeDirectory: "/home/alice",
      stateVersion: "24.05",
      packages: [pkgs.ripgrep],
      sessionVariables: { EDITOR: config.profile.editor, PAGER: mkDefault("less") },
    },
    programs: {
      zsh: { enable: true, defaultKeymap: "viins" },
      git: mkIf(config.home.username === "alice", { enable: true }),
    },
  }),
});
export const misspelt = defineHome({
  config: { programs: { zsh: { enabel: true } } }, // error: TS2353
});
export const outsideEnum = defineHome({
  config: { programs: { zsh: { defaultKeymap: "emacs-mode" } } }, // error: TS2322
});
export const nixosOptionInHome = defineHome({
  config: { networking: { hostName: "x" } }, // error: TS2353
});
export const server = defineHost({
  system: "x86_64-linux",
  modules: [inputs["home-manager"].nixosModules["home-manager"]],
  config: {
    services: { openssh: { enable: true } },
    "home-manager": {
      useGlobalPkgs: true,
      users: { alice, bob: { home: { stateVersion: "24.05", username: "bob" } } },
    },
  },
});
export const homeOptionInHost = defineHost({
  system: "x86_64-linux",
  config: { home: { username: "x" } }, // error: TS2353
});
export const badUserConfig = defineHost({
  system: "x86_64-linux",
  modules: [inputs["home-manager"].nixosModules["home-manager"]],
  config: { "home-manager": { users: { bob: { home: { stateVersion: "17.03" } } } } }, // error: TS2820
});
