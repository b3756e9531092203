// Caddy: one virtual host per entry of homelab.proxy (every enabled web service adds its own), with certificates
// from Let's Encrypt — over HTTP, or through a DNS challenge for hosts the internet cannot reach.
import { defineModule, mkIf, mkOption, nix, types, type Package } from "tsnix";
import { ownerEmail } from "../../lib/people";
import homelab from "../homelab";

const dnsChallenge = types.submodule({
  options: {
    provider: mkOption({ type: types.str, default: "cloudflare", description: "The caddy-dns provider." }),
    plugin: mkOption({
      type: types.str,
      default: "github.com/caddy-dns/cloudflare@v0.2.1",
      description: "The provider's Go module at a version.",
    }),
    hash: mkOption({
      type: types.str,
      default: "sha256-Gsuo+ripJSgKSYOM9/yl6Kt/6BFCA6BuTDvPdteinAI=",
      description: "The hash of Caddy built with the plugin (nix build names the right one when it changes).",
    }),
    environmentFile: mkOption({
      type: types.secretPath,
      description: "A secret file setting the provider's API token.",
    }),
    tokenVariable: mkOption({ type: types.str, default: "DNS_API_TOKEN" }),
  },
});

export default defineModule({
  imports: [homelab],
  options: {
    homelab: {
      services: {
        caddy: {
          enable: mkOption({
            type: types.bool,
            default: false,
            description: "Serve homelab.proxy through Caddy.",
          }),
          email: mkOption({
            type: types.str,
            default: ownerEmail,
            description: "The ACME account's address.",
          }),
          dnsChallenge: mkOption({ type: types.nullOr(dnsChallenge), default: null }),
        },
      },
    },
  },
  config: ({ config, lib, pkgs }) => {
    const cfg = config.homelab.services.caddy;
    const dns = cfg.dnsChallenge;
    // Caddy built with the DNS provider's plugin: a nixpkgs function tsnix's typed pkgs does not list.
    const withPlugins = nix<
      (spec: { plugins: readonly string[]; hash: string }) => Package
    >`pkgs.caddy.withPlugins`;
    const tls = dns === null ? "" : `\ntls {\n  dns ${dns.provider} {env.${dns.tokenVariable}}\n}`;
    return mkIf(cfg.enable, {
      services: {
        caddy: {
          enable: true,
          email: cfg.email,
          virtualHosts: lib.mapAttrs(
            (name, site) => ({ hostName: site.domain, extraConfig: `reverse_proxy ${site.upstream}${tls}` }),
            config.homelab.proxy,
          ),
          ...(dns === null
            ? {}
            : {
                package: withPlugins({ plugins: [dns.plugin], hash: dns.hash }),
                environmentFile: dns.environmentFile,
              }),
        },
      },
      networking: { firewall: { allowedTCPPorts: [80, 443] } },
      homelab: {
        scrapeTargets: { caddy: { port: 2019 } },
        backup: { paths: ["/var/lib/caddy"] },
      },
    });
  },
});
