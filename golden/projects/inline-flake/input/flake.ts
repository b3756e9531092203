// Modules and hosts defined in flake.ts itself.
import { defineFlake, defineHost, defineModule, mkEnableOption, mkIf, mkOption, path, types } from "tsnix";

export const caddy = defineModule({
  options: {
    homelab: {
      caddy: {
        enable: mkEnableOption("Caddy reverse proxy"),
        port: mkOption({ type: types.port, default: 443 }),
      },
    },
  },
  config: ({ config }) =>
    mkIf(config.homelab.caddy.enable, {
      services: {
        caddy: {
          enable: true,
          virtualHosts: { "local.example.org": { extraConfig: "reverse_proxy :3000" } },
        },
      },
      networking: { firewall: { allowedTCPPorts: [config.homelab.caddy.port] } },
    }),
});

export const server = defineHost({
  system: "x86_64-linux",
  modules: [caddy, path("./hardware.nix")],
  config: { networking: { hostName: "server" }, homelab: { caddy: { enable: true } } },
});

export default defineFlake({ inputs: { nixpkgs: "github:NixOS/nixpkgs/nixos-25.05" }, hosts: { server } });
