import { defineHost, path } from "tsnix";
import common from "../modules/common";

export default defineHost({
  system: "x86_64-linux",
  modules: [common, path("./hardware.nix")],
  config: {
    networking: { hostName: "alpha" },
    fleet: {
      publicTCPPorts: [80, 443],
      people: {
        carol: {
          uid: 1002,
          shell: "fish",
          keys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICarolKeyForTwinsOnly carol"],
        },
      },
      extraGroups: ["docker"],
    },
    services: { nginx: { enable: true } },
  },
});
