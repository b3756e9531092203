// mkIf on single options, inside attribute sets of options and inside attrsOf values, with conditions read from
// config (including options the same module sets).
import { defineModule, mkIf, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    web: {
      enable: mkOption({ type: types.bool, default: false }),
      tls: mkOption({ type: types.bool, default: true }),
      port: mkOption({ type: types.port, default: 80 }),
      ports: mkOption({ type: types.listOf(types.port), default: [] }),
      headers: mkOption({ type: types.attrsOf(types.str), default: {} }),
      motd: mkOption({ type: types.str, default: "none" }),
    },
  },
  config: ({ config }) => ({
    web: {
      enable: true,
      port: mkIf(config.web.tls, 443),
      ports: mkIf(config.web.enable, [config.web.port, 8080]),
      headers: mkIf(config.web.enable, {
        scheme: mkIf(config.web.tls, "https"),
        plain: mkIf(!config.web.tls, "yes"),
        server: "tsnix",
      }),
      motd: mkIf(false, "never"),
    },
  }),
});
