// A NixOS server where home-manager manages alice's home as part of the system.
import { defineHost, inputs } from "tsnix";
import alice from "../home/alice";

export default defineHost({
  system: "x86_64-linux",
  modules: [inputs["home-manager"].nixosModules["home-manager"]],
  config: {
    networking: { hostName: "server" },
    users: { users: { alice: { isNormalUser: true, home: "/home/alice" } } },
    "home-manager": {
      useGlobalPkgs: true,
      useUserPackages: true,
      users: { alice, root: { home: { stateVersion: "25.11" } } },
    },
  },
});
