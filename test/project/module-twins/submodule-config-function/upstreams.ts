import { defineModule, mkDefault, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    proxy: {
      upstreams: mkOption({
        type: types.attrsOf(
          types.submodule({
            options: {
              port: mkOption({ type: types.port }),
              secure: mkOption({ type: types.bool, default: false }),
              url: mkOption({ type: types.str }),
              label: mkOption({ type: types.str }),
            },
            config: ({ config, name }) => ({
              url: mkDefault(`${config.secure ? "https" : "http"}://${name}:${config.port}`),
              label: name.toUpperCase(),
            }),
          }),
        ),
        default: {},
      }),
    },
  },
  config: { proxy: { upstreams: { api: { secure: true } } } },
});
