// What a homelab host runs, described once: its services (exposed through Caddy under <name>.<domain> when public,
// scraped for metrics when they have a metrics path), its administrators and an optional off-site backup target.
// Everything NixOS needs follows from that description here, so hosts never repeat it.
import { defineModule, mkDefault, mkForce, mkIf, mkOption, types } from "tsnix";

const service = types.submodule({
  options: {
    port: mkOption({ type: types.port, description: "The port the service listens on." }),
    public: mkOption({
      type: types.bool,
      default: false,
      description: "Serve it as <name>.<domain> through Caddy.",
    }),
    metricsPath: mkOption({
      type: types.nullOr(types.str),
      default: null,
      description: "Where it serves metrics.",
    }),
  },
});

const backupTarget = types.submodule({
  options: {
    host: mkOption({
      type: types.str,
      description: "An SFTP host (a Hetzner Storage Box, a Raspberry Pi, …).",
    }),
    port: mkOption({ type: types.port, default: 22 }),
  },
});

export default defineModule({
  options: {
    homelab: {
      hostName: mkOption({ type: types.str, description: "The machine's name (its networking.hostName)." }),
      domain: mkOption({ type: types.str, default: "home.example.org" }),
      admins: mkOption({ type: types.listOf(types.str), default: [], description: "Users with sudo." }),
      services: mkOption({ type: types.attrsOf(service), default: {} }),
      offsiteBackup: mkOption({ type: types.nullOr(backupTarget), default: null }),
    },
  },
  config: ({ config }) => {
    const homelab = config.homelab;
    const publicNames = Object.keys(homelab.services).filter((name) => homelab.services[name]!.public);
    const target = homelab.offsiteBackup;
    return {
      networking: {
        hostName: homelab.hostName,
        firewall: { allowedTCPPorts: publicNames.length > 0 ? [22, 80, 443] : [22] },
      },
      services: {
        caddy: {
          enable: publicNames.length > 0,
          virtualHosts: Object.fromEntries(
            publicNames.map((name) => [
              `${name}.${homelab.domain}`,
              { extraConfig: `reverse_proxy 127.0.0.1:${homelab.services[name]!.port}` },
            ]),
          ),
        },
        // Password logins stay off whatever another module suggests: the hosts face the internet.
        openssh: { enable: true, settings: { PasswordAuthentication: mkForce(false) } },
        restic: {
          backups: {
            local: { repository: "/var/backup/restic", paths: ["/var/lib"] },
            ...(target === null
              ? {}
              : {
                  offsite: {
                    repository: `sftp://${target.host}:${target.port}//backup/${homelab.hostName}`,
                    paths: ["/var/lib"],
                  },
                }),
          },
        },
      },
      time: { timeZone: mkDefault("Europe/Berlin") },
      users: {
        users: Object.fromEntries(
          homelab.admins.map((name, index) => [
            name,
            { isNormalUser: true, uid: 1000 + index, extraGroups: ["wheel", "systemd-journal"] },
          ]),
        ),
      },
      security: { sudo: { wheelNeedsPassword: mkIf(homelab.admins.length > 0, false) } },
    };
  },
});
