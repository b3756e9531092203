// The example homelab: two servers (x86_64 and aarch64) with their services described once, and everything a
// NixOS configuration derives from that description computed here: firewall ports, reverse-proxy virtual hosts,
// Prometheus scrape targets, backup targets and users. `npx tsnix compile config/homelab.ts` turns it into the Nix
// attribute set a flake's modules import (until the module API lands, see the README).
import { mkDefault, mkForce } from "tsnix";

type Arch = "x86_64-linux" | "aarch64-linux";

interface Service {
  readonly name: string;
  readonly port: number;
  /** Exposed through Caddy under <name>.<domain> when set. */
  readonly public?: boolean;
  /** Scraped by Prometheus on this path. */
  readonly metricsPath?: string;
}

interface Host {
  readonly hostName: string;
  readonly system: Arch;
  readonly address: string;
  readonly services: readonly Service[];
  /** Optional off-site backup target (Hetzner Storage Box, a Raspberry Pi, …). */
  readonly backupTarget?: { readonly host: string; readonly port: number };
}

const domain = "home.example.org";

const admins = ["alice", "bob"];

const hosts: readonly Host[] = [
  {
    hostName: "atlas",
    system: "x86_64-linux",
    address: "10.0.0.10",
    services: [
      { name: "grafana", port: 3000, public: true, metricsPath: "/metrics" },
      { name: "prometheus", port: 9090, metricsPath: "/metrics" },
      { name: "loki", port: 3100 },
      { name: "postgresql", port: 5432 },
    ],
    backupTarget: { host: "u123456.your-storagebox.de", port: 23 },
  },
  {
    hostName: "pi",
    system: "aarch64-linux",
    address: "10.0.0.20",
    services: [
      { name: "home-assistant", port: 8123, public: true },
      { name: "node-exporter", port: 9100, metricsPath: "/metrics" },
    ],
  },
];

const publicServices = (host: Host): readonly Service[] => host.services.filter((s) => s.public === true);

function firewallPorts(host: Host): number[] {
  const base = [22];
  if (publicServices(host).length === 0) {
    return base;
  }
  return [...base, 80, 443];
}

const virtualHosts = (host: Host) =>
  Object.fromEntries(
    publicServices(host).map((s) => [
      `${s.name}.${domain}`,
      { extraConfig: `reverse_proxy 127.0.0.1:${s.port}` },
    ]),
  );

const scrapeTargets = hosts.flatMap((host) =>
  host.services
    .filter((s) => s.metricsPath !== undefined)
    .map((s) => ({
      job_name: `${host.hostName}-${s.name}`,
      metrics_path: s.metricsPath ?? "/metrics",
      static_configs: [{ targets: [`${host.address}:${s.port}`] }],
    })),
);

const users = Object.fromEntries(
  admins.map((name, index) => [
    name,
    { isNormalUser: true, uid: 1000 + index, extraGroups: ["wheel", "systemd-journal"] },
  ]),
);

export default {
  domain,
  hosts: Object.fromEntries(
    hosts.map((host) => [
      host.hostName,
      {
        system: host.system,
        networking: {
          hostName: host.hostName,
          firewall: { allowedTCPPorts: firewallPorts(host) },
        },
        services: {
          caddy: { enable: publicServices(host).length > 0, virtualHosts: virtualHosts(host) },
          openssh: { enable: true, settings: { PasswordAuthentication: mkForce(false) } },
          restic: {
            backups: {
              local: { repository: "/var/backup/restic", paths: ["/var/lib"] },
              ...(host.backupTarget
                ? {
                    offsite: {
                      repository: `sftp://${host.backupTarget.host}:${host.backupTarget.port}//backup/${host.hostName}`,
                      paths: ["/var/lib"],
                    },
                  }
                : {}),
            },
          },
        },
        time: { timeZone: mkDefault("Europe/Berlin") },
        users: { users },
      },
    ]),
  ),
  monitoring: { scrapeConfigs: scrapeTargets },
};
