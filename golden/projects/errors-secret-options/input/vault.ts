import { defineHost } from "tsnix";
import backup from "./backup";

export default defineHost({
  system: "x86_64-linux",
  modules: [backup],
  config: {
    backup: {
      enable: true,
      passwordFile: "correct horse battery staple",
      tokenFile: "/run/secrets/token",
    },
  },
});
