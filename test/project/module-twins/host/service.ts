import { defineModule, mkDefault, mkIf, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    service: {
      enable: mkOption({ type: types.bool, default: false }),
      hostName: mkOption({ type: types.str, default: "nixos" }),
      openPorts: mkOption({ type: types.listOf(types.port), default: [] }),
      fileSystems: mkOption({ type: types.attrsOf(types.str), default: {} }),
    },
  },
  config: ({ config }) =>
    mkIf(config.service.enable, { service: { openPorts: [22], hostName: mkDefault("service-host") } }),
});
