// A config function's result with a value that does not fit: TypeScript says so at the function, tsnix at the
// property (TSNIX1610).
import { defineHost } from "tsnix";
import proxy from "./proxy";

export default defineHost({
  system: "x86_64-linux",
  modules: [proxy],
  config: ({ pkgs }) => ({
    proxy: {
      enable: true,
      sites: { grafana: { port: "3000" } },
    },
  }),
});
