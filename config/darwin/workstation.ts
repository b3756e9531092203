// The workstation (002's rymac): a MacBook with nix-darwin — Touch ID for sudo, a few system defaults, Homebrew for
// the apps nixpkgs lacks — and alice's home (home/alice-workstation.ts) through home-manager. It is where deployments run.
import { defineDarwin, inputs } from "tsnix";
import aliceOnTheMac from "../home/alice-workstation";

export default defineDarwin({
  system: "aarch64-darwin",
  modules: [inputs["home-manager"].darwinModules["home-manager"]],
  config: ({ pkgs }) => ({
    networking: { hostName: "workstation" },
    nix: { settings: { "experimental-features": ["nix-command", "flakes"], "trusted-users": ["alice"] } },
    users: { users: { alice: { home: "/Users/alice" } } },
    environment: { systemPackages: [pkgs.git, pkgs["deploy-rs"], pkgs.colmena] },
    programs: { zsh: { enable: true } },
    security: { pam: { services: { sudo_local: { touchIdAuth: true } } } },
    system: {
      stateVersion: 5,
      primaryUser: "alice",
      defaults: { dock: { autohide: true, "show-recents": false }, finder: { AppleShowAllExtensions: true } },
    },
    homebrew: { enable: true, casks: ["1password", "firefox"] },
    "home-manager": {
      useGlobalPkgs: true,
      useUserPackages: true,
      users: { alice: aliceOnTheMac },
    },
  }),
});
