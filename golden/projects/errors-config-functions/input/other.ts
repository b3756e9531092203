// A misspelt option next to a correct one in a config function's result: TypeScript lets it pass (no excess
// property check there); tsnix reports it at its line (TSNIX1609), also in a returned object and a branch.
import { defineHost } from "tsnix";
import proxy from "./proxy";

export default defineHost({
  system: "x86_64-linux",
  modules: [proxy],
  config: ({ pkgs }) => {
    const enable = true;
    return {
      proxy: {
        enable,
        sties: {},
      },
      networking: enable ? { hostName: "a" } : { hostName: "b" },
    };
  },
});
