// mkMerge at the top of config, under an attribute set of options and inside an option's value; mkIf inside
// mkMerge and mkMerge inside mkIf.
import { defineModule, mkIf, mkMerge, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    app: {
      enable: mkOption({ type: types.bool, default: false }),
      debug: mkOption({ type: types.bool, default: false }),
      flags: mkOption({ type: types.listOf(types.str), default: [] }),
      env: mkOption({ type: types.attrsOf(types.str), default: {} }),
      name: mkOption({ type: types.str, default: "app" }),
    },
  },
  config: ({ config }) =>
    mkMerge([
      { app: { enable: true, flags: ["--base"] } },
      mkIf(config.app.enable, {
        app: mkMerge([
          { flags: ["--enabled"], env: { MODE: "on" } },
          mkIf(config.app.debug, { flags: ["--debug"], env: { LOG: "debug" } }),
          mkIf(!config.app.debug, { env: { LOG: "info" } }),
        ]),
      }),
      {
        app: {
          flags: mkMerge([["--a"], mkIf(config.app.enable, ["--b"]), ["--c"]]),
          name: mkMerge([mkIf(false, "other"), "merged"]),
        },
      },
    ]),
});
