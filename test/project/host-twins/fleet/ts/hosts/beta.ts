import { defineHost, mkForce, path } from "tsnix";
import common from "../modules/common";

export default defineHost({
  system: "x86_64-linux",
  modules: [common, path("./hardware.nix")],
  config: {
    networking: { hostName: "beta", firewall: { checkReversePath: "strict" } },
    fleet: { tailscalePort: 41642 },
    security: { sudo: { wheelNeedsPassword: mkForce(true) } },
  },
});
