import { defineModule, mkEnableOption, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    proxy: {
      enable: mkEnableOption("the proxy"),
      sites: mkOption({
        type: types.attrsOf(types.submodule({ options: { port: mkOption({ type: types.port }) } })),
        default: {},
      }),
    },
  },
});
