import { defineModule, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    web: {
      domain: mkOption({ type: types.str, default: "example.org" }),
      sites: mkOption({ type: types.attrsOf(types.port), default: {} }),
      tls: mkOption({ type: types.bool, default: false }),
    },
  },
});
