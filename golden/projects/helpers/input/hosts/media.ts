import { defineHost } from "tsnix";
import jellyfin from "../modules/jellyfin";
import navidrome from "../modules/navidrome";

export default defineHost({
  system: "x86_64-linux",
  modules: [jellyfin, navidrome],
  config: {
    networking: { hostName: "media" },
    homelab: { jellyfin: { enable: true }, navidrome: { enable: true, port: 4534 } },
  },
});
