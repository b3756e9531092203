// What every machine of this flake has: ssh with keys only, an admin user, a firewall that logs refusals.
import { defineModule, mkDefault } from "tsnix";

export default defineModule({
  config: {
    services: {
      openssh: { enable: true, passwordAuthentication: false, permitRootLogin: mkDefault("no") },
    },
    networking: { firewall: { enable: true, logRefusedConnections: false } },
    users: {
      mutableUsers: false,
      users: {
        admin: {
          isNormalUser: true,
          extraGroups: ["wheel"],
          openssh: {
            authorizedKeys: {
              keys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHostTwinsAdminKeyOnlyForTests admin"],
            },
          },
        },
      },
    },
    security: { sudo: { wheelNeedsPassword: false } },
    time: { timeZone: mkDefault("UTC") },
  },
});
