// Sites as an attribute set of submodules: each reads its own name, and its config computes one option from others.
import { defineModule, mkIf, mkOption, types } from "tsnix";

const site = types.submodule(({ name }) => ({
  options: {
    domain: mkOption({ type: types.str, default: `${name}.example.org` }),
    port: mkOption({ type: types.port }),
    tls: mkOption({ type: types.bool, default: true }),
  },
}));

const user = types.submodule({
  options: {
    shell: mkOption({ type: types.str, default: "bash" }),
    home: mkOption({ type: types.str }),
  },
  config: ({ name }) => ({ home: `/home/${name}` }),
});

export default defineModule({
  options: {
    sites: mkOption({ type: types.attrsOf(site), default: {} }),
    people: mkOption({ type: types.attrsOf(user), default: {} }),
    primary: mkOption({ type: types.nullOr(site), default: null }),
  },
  config: ({ config }) => ({
    networking: {
      firewall: {
        allowedTCPPorts: Object.values(config.sites).map((s) => s.port),
      },
    },
    services: { nginx: { enable: mkIf(Object.keys(config.sites).length > 0, true) } },
  }),
});
