// alice's Mac: nix-darwin with her shell module, and home-manager for her home.
import { defineDarwin, inputs } from "tsnix";
import alice from "../home/alice";
import shell from "../modules/shell";

export default defineDarwin({
  system: "aarch64-darwin",
  modules: [shell, inputs["home-manager"].darwinModules["home-manager"]],
  config: ({ pkgs }) => ({
    networking: { hostName: "mac" },
    users: { users: { alice: { home: "/Users/alice" } } },
    environment: { systemPackages: [pkgs.git] },
    system: { stateVersion: 6, primaryUser: "alice" },
    "home-manager": { useGlobalPkgs: true, users: { alice } },
  }),
});
