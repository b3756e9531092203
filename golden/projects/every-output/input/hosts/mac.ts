// alice's Mac, with her home from home-manager.
import { defineDarwin, inputs } from "tsnix";
import alice from "../home/alice";

export default defineDarwin({
  system: "aarch64-darwin",
  modules: [inputs["home-manager"].darwinModules["home-manager"]],
  config: {
    networking: { hostName: "mac" },
    system: { stateVersion: 6 },
    users: { users: { alice: { home: "/Users/alice" } } },
    "home-manager": { useGlobalPkgs: true, users: { alice } },
  },
});
