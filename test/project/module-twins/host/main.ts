// A host is a module too: its modules become imports (a TypeScript module and a hand-written hardware.nix), its
// config is the host's own, and its `system` is for the flake only.
import { defineHost, mkForce, path } from "tsnix";
import service from "./service";

export default defineHost({
  system: "x86_64-linux",
  modules: [service, path("./hardware.nix")],
  config: ({ config }) => ({
    service: {
      enable: true,
      hostName: "frame1",
      openPorts: config.service.hostName === "frame1" ? [80, 443] : [],
      fileSystems: { "/boot": mkForce("/dev/nvme0n1p1") },
    },
  }),
});
