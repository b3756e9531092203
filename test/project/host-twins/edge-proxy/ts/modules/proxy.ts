// A reverse proxy in front of the host's services: each site is an attribute of an attrsOf submodule, served as
// <name>.<domain> by nginx; the firewall opens HTTP(S) only when a site is public.
import { defineModule, mkDefault, mkEnableOption, mkIf, mkOption, types } from "tsnix";

const site = types.submodule(({ name }) => ({
  options: {
    port: mkOption({ type: types.port, description: "Where the service listens on localhost." }),
    public: mkOption({ type: types.bool, default: false }),
    subdomain: mkOption({ type: types.str, default: name }),
    extraLocations: mkOption({ type: types.attrsOf(types.lines), default: {} }),
  },
}));

export default defineModule({
  options: {
    homelab: {
      proxy: {
        enable: mkEnableOption("the nginx reverse proxy"),
        domain: mkOption({ type: types.str, default: "home.example.org" }),
        sites: mkOption({ type: types.attrsOf(site), default: {} }),
        clientMaxBodySize: mkOption({ type: types.str, default: "64m" }),
      },
    },
  },
  config: ({ config }) => {
    const proxy = config.homelab.proxy;
    const names = Object.keys(proxy.sites);
    const anyPublic = names.some((name) => proxy.sites[name]!.public);
    return mkIf(proxy.enable, {
      services: {
        nginx: {
          enable: true,
          recommendedProxySettings: true,
          recommendedGzipSettings: mkDefault(true),
          clientMaxBodySize: proxy.clientMaxBodySize,
          virtualHosts: Object.fromEntries(
            names.map((name) => {
              const s = proxy.sites[name]!;
              return [
                `${s.subdomain}.${proxy.domain}`,
                {
                  locations: {
                    "/": { proxyPass: `http://127.0.0.1:${s.port}`, proxyWebsockets: true },
                    ...Object.fromEntries(
                      Object.keys(s.extraLocations).map((loc) => [
                        loc,
                        { extraConfig: s.extraLocations[loc]! },
                      ]),
                    ),
                  },
                  extraConfig: s.public ? "" : "allow 10.0.0.0/8;\ndeny all;",
                },
              ];
            }),
          ),
        },
      },
      networking: { firewall: { allowedTCPPorts: anyPublic ? [80, 443] : [] } },
    });
  },
});
