// TypeScript's own checks of TS-declared options: a misspelt name, a wrong value, an enum outside its values,
// a read-only option, and reading an option that does not exist.
import { defineHost } from "tsnix";
import proxy from "./proxy";

export default defineHost({
  system: "x86_64-linux",
  modules: [proxy],
  config: {
    proxy: {
      enabel: true,
    },
  },
});

export const second = defineHost({
  system: "x86_64-linux",
  modules: [proxy],
  config: { proxy: { mode: "udp", id: "p2" } },
});

export const third = defineHost({
  system: "x86_64-linux",
  modules: [proxy],
  config: ({ config }) => ({ networking: { hostName: config.proxy.name } }),
});
