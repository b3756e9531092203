import { defineHost } from "tsnix";
import common from "./common";

export default defineHost({
  system: "x86_64-linux",
  modules: [common],
  config: { networking: { hostName: "server-x86" } },
});
