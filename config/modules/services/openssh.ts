// OpenSSH, hardened: keys only, no root password logins, no forwarding of X11, and a status check of its port.
import { defineModule, mkEnableOption, mkIf, mkOption, types } from "tsnix";
import { unitDown } from "../../lib/service";
import homelab from "../homelab";

export default defineModule({
  imports: [homelab],
  options: {
    homelab: {
      services: {
        openssh: {
          enable: mkEnableOption("hardened OpenSSH"),
          port: mkOption({ type: types.port, default: 22 }),
        },
      },
    },
  },
  config: ({ config }) => {
    const cfg = config.homelab.services.openssh;
    return mkIf(cfg.enable, {
      services: {
        openssh: {
          enable: true,
          ports: [cfg.port],
          openFirewall: false,
          settings: {
            PasswordAuthentication: false,
            KbdInteractiveAuthentication: false,
            PermitRootLogin: "prohibit-password",
            X11Forwarding: false,
            MaxAuthTries: 3,
          },
        },
      },
      networking: { firewall: { allowedTCPPorts: [cfg.port] } },
      homelab: {
        checks: {
          ssh: { group: "hosts", url: `tcp://127.0.0.1:${cfg.port}`, conditions: ["[CONNECTED] == true"] },
        },
        alerts: { "sshd-down": unitDown("sshd", "OpenSSH") },
      },
    });
  },
});
