import { defineHost, path } from "tsnix";
import homelab from "../modules/homelab";

export default defineHost({
  system: "aarch64-linux",
  modules: [homelab, path("./pi-hardware.nix")],
  config: {
    homelab: {
      hostName: "pi",
      admins: ["alice"],
      services: { "home-assistant": { port: 8123, public: true } },
    },
  },
});
