// What every NixOS machine is (003's profiles/common): the one definition of the owner's account, zsh, flakes,
// locale and time, hardened SSH. Everything here is mkDefault where a machine may reasonably differ.
import { defineModule, mkDefault, mkOption, types } from "tsnix";
import { ownerKeys } from "../lib/people";
import openssh from "../modules/services/openssh";

export default defineModule({
  imports: [openssh],
  options: {
    homelab: {
      user: {
        extraGroups: mkOption({
          type: types.listOf(types.str),
          default: [],
          description: "Groups the owner joins on this machine, beyond wheel.",
        }),
      },
    },
  },
  config: ({ config, pkgs }) => ({
    users: {
      users: {
        alice: {
          isNormalUser: true,
          description: "Alice (homelab owner)",
          extraGroups: ["wheel", ...config.homelab.user.extraGroups],
          shell: pkgs.zsh,
          openssh: { authorizedKeys: { keys: ownerKeys } },
        },
      },
    },
    security: { sudo: { wheelNeedsPassword: false } },
    programs: { zsh: { enable: true } },
    nix: {
      settings: {
        "experimental-features": ["nix-command", "flakes"],
        "trusted-users": ["root", "@wheel"],
      },
      gc: { automatic: true, dates: "weekly", options: "--delete-older-than 30d" },
    },
    time: { timeZone: mkDefault("Europe/Berlin") },
    i18n: { defaultLocale: mkDefault("en_US.UTF-8") },
    environment: { systemPackages: [pkgs.git, pkgs.htop, pkgs.vim] },
    homelab: { services: { openssh: { enable: true } } },
    system: { stateVersion: mkDefault("24.11") },
  }),
});
