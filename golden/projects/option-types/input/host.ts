import { defineHost } from "tsnix";
import example from "./modules/example";

export default defineHost({
  system: "aarch64-linux",
  modules: [example],
  config: {
    example: {
      name: "pi",
      level: "debug",
      ports: [80, 443],
      labels: { role: "edge" },
      upstream: null,
    },
  },
});
