import { defineModule, mkEnableOption, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    proxy: {
      enable: mkEnableOption("the proxy"),
      port: mkOption({ type: types.port, default: "443" }),
      mode: mkOption({ type: types.enum(["tcp", "http"]), default: "http" }),
      id: mkOption({ type: types.str, default: "p1", readOnly: true }),
    },
  },
});
