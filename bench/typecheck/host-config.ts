// Benchmark input: a realistic homelab host, written against the NixOS 20.09 option names, with a home-manager
// user. Checked strictly (with generated typings) and loosely (without) by bench/typecheck/run.mjs.
import {
  mkAfter,
  mkDefault,
  mkForce,
  mkIf,
  mkMerge,
  type HomeManagerConfig,
  type NixosConfig,
  type Package,
} from "tsnix";

declare const pkgs: { readonly [name: string]: Package };

const domain = "home.example.org";
const lan = { address: "192.168.1.10", gateway: "192.168.1.1", prefixLength: 24 };
const admins = ["alice", "bob"];
const monitoring = true;
const exporterPort = 9100;
const sshKeys = {
  alice: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGexampleexampleexampleexampleexampleexam alice@laptop",
  bob: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHexampleexampleexampleexampleexampleexam bob@desktop",
};

const proxied = (port: number) => ({
  forceSSL: true,
  enableACME: true,
  locations: { "/": { proxyPass: `http://127.0.0.1:${port}`, proxyWebsockets: true } },
});

const scrape = (job: string, targets: string[]) => ({
  job_name: job,
  scrape_interval: "30s",
  static_configs: [{ targets, labels: { host: "atlas" } }],
});

export const atlas: NixosConfig = {
  boot: {
    loader: {
      grub: { enable: true, version: 2, device: "/dev/sda", configurationLimit: 20 },
      timeout: 3,
    },
    initrd: { availableKernelModules: ["ahci", "xhci_pci", "usb_storage", "sd_mod"], kernelModules: [] },
    kernelModules: ["kvm-intel", "wireguard"],
    kernelParams: ["quiet", "intel_iommu=on"],
    kernel: { sysctl: { "net.ipv4.ip_forward": 1, "vm.swappiness": 10 } },
    cleanTmpDir: true,
    tmpOnTmpfs: mkDefault(false),
  },

  fileSystems: {
    "/": { device: "/dev/disk/by-label/nixos", fsType: "ext4" },
    "/boot": { device: "/dev/disk/by-label/boot", fsType: "vfat" },
    "/srv": { device: "/dev/disk/by-label/data", fsType: "xfs", options: ["noatime", "nofail"] },
    "/srv/backup": {
      device: "nas.lan:/export/backup",
      fsType: "nfs",
      options: ["x-systemd.automount", "noauto"],
    },
  },
  swapDevices: [{ device: "/dev/disk/by-label/swap" }],

  hardware: { cpu: { intel: { updateMicrocode: true } }, enableRedistributableFirmware: true },
  powerManagement: { cpuFreqGovernor: "ondemand" },

  networking: {
    hostName: "atlas",
    domain,
    useDHCP: false,
    interfaces: {
      enp3s0: { ipv4: { addresses: [{ address: lan.address, prefixLength: lan.prefixLength }] } },
    },
    defaultGateway: lan.gateway,
    nameservers: ["192.168.1.2", "1.1.1.1"],
    extraHosts: `${lan.address} atlas.${domain} atlas`,
    firewall: {
      enable: true,
      allowedTCPPorts: [22, 80, 443],
      allowedUDPPorts: [51820],
      trustedInterfaces: ["wg0", "tailscale0"],
      logRefusedConnections: false,
    },
    wireguard: {
      interfaces: {
        wg0: {
          ips: ["10.100.0.1/24"],
          listenPort: 51820,
          privateKeyFile: "/var/lib/wireguard/private.key",
          peers: [
            { publicKey: "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=", allowedIPs: ["10.100.0.2/32"] },
            { publicKey: "TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0=", allowedIPs: ["10.100.0.3/32"] },
          ],
        },
      },
    },
  },

  time: { timeZone: "Europe/Berlin" },
  i18n: { defaultLocale: "en_US.UTF-8" },
  console: { keyMap: "us", font: "Lat2-Terminus16" },

  users: {
    mutableUsers: false,
    users: {
      alice: {
        isNormalUser: true,
        description: "Alice",
        extraGroups: ["wheel", "docker", "networkmanager"],
        openssh: { authorizedKeys: { keys: [sshKeys.alice] } },
        uid: 1000,
      },
      bob: {
        isNormalUser: true,
        extraGroups: ["docker"],
        openssh: { authorizedKeys: { keys: [sshKeys.bob] } },
      },
      backup: { isSystemUser: true, group: "backup", home: "/var/lib/backup", createHome: true },
    },
    groups: { backup: {}, media: { gid: 2000 } },
  },

  security: {
    sudo: { enable: true, wheelNeedsPassword: false },
    acme: { acceptTerms: true, email: `admin@${domain}` },
    polkit: { enable: true },
  },

  services: {
    openssh: {
      enable: true,
      ports: [22],
      permitRootLogin: "no",
      passwordAuthentication: false,
      challengeResponseAuthentication: false,
      extraConfig: "AllowUsers alice bob",
    },

    nginx: {
      enable: true,
      recommendedGzipSettings: true,
      recommendedOptimisation: true,
      recommendedProxySettings: true,
      recommendedTlsSettings: true,
      statusPage: monitoring,
      virtualHosts: {
        [`grafana.${domain}`]: proxied(3000),
        [`prometheus.${domain}`]: proxied(9090),
        [`files.${domain}`]: { forceSSL: true, enableACME: true, root: "/srv/www/files" },
      },
    },

    postgresql: {
      enable: true,
      port: 5432,
      dataDir: "/srv/postgresql",
      ensureDatabases: ["grafana", "gitea"],
      ensureUsers: [
        { name: "grafana", ensurePermissions: { "DATABASE grafana": "ALL PRIVILEGES" } },
        { name: "gitea", ensurePermissions: { "DATABASE gitea": "ALL PRIVILEGES" } },
      ],
      authentication: mkAfter("host all all 10.100.0.0/24 md5"),
      extraConfig: "shared_buffers = 512MB\nwork_mem = 16MB",
    },

    prometheus: {
      enable: monitoring,
      listenAddress: "127.0.0.1:9090",
      extraFlags: ["--storage.tsdb.retention.time=30d"],
      globalConfig: { scrape_interval: "15s" },
      scrapeConfigs: [
        scrape("node", [`127.0.0.1:${exporterPort}`, "pi.lan:9100"]),
        scrape("nginx", ["127.0.0.1:9113"]),
        scrape("postgres", ["127.0.0.1:9187"]),
      ],
      exporters: {
        node: { enable: true, port: exporterPort, enabledCollectors: ["systemd", "processes"] },
        nginx: { enable: true, port: 9113 },
        postgres: { enable: true, port: 9187, runAsLocalSuperUser: true },
      },
      rules: ["groups: [{ name: host, rules: [{ alert: HostDown, expr: 'up == 0', for: 5m }] }]"],
    },

    grafana: {
      enable: monitoring,
      domain: `grafana.${domain}`,
      port: 3000,
      addr: "127.0.0.1",
      rootUrl: `https://grafana.${domain}/`,
      database: { type: "postgres", host: "/run/postgresql", user: "grafana", name: "grafana" },
      provision: {
        enable: true,
        datasources: [
          { name: "Prometheus", type: "prometheus", url: "http://127.0.0.1:9090", isDefault: true },
        ],
      },
    },

    restic: {
      backups: {
        daily: {
          paths: ["/srv", "/var/lib/postgresql"],
          repository: "sftp:backup@nas.lan:/backups/atlas",
          passwordFile: "/var/lib/backup/restic-password",
          timerConfig: { OnCalendar: "02:30", Persistent: "true" },
          pruneOpts: ["--keep-daily 7", "--keep-weekly 5", "--keep-monthly 12"],
        },
      },
    },

    fail2ban: { enable: true, ignoreIP: ["192.168.1.0/24", "10.100.0.0/24"] },
    tailscale: { enable: true },
    fstrim: { enable: true },
    smartd: { enable: true, notifications: { mail: { enable: false } } },
    journald: { extraConfig: "SystemMaxUse=1G" },
    timesyncd: { enable: true, servers: ["0.de.pool.ntp.org", "1.de.pool.ntp.org"] },
  },

  systemd: {
    services: {
      "backup-notify": {
        description: "Report the last backup's status",
        after: ["network-online.target"],
        wants: ["network-online.target"],
        serviceConfig: { Type: "oneshot", User: "backup", ExecStart: "/run/current-system/sw/bin/true" },
        startAt: "daily",
      },
      nginx: { serviceConfig: { LimitNOFILE: 65536 } },
    },
    tmpfiles: { rules: ["d /srv/www/files 0755 nginx nginx -"] },
  },

  virtualisation: { docker: { enable: true, autoPrune: { enable: true, dates: "weekly" } } },

  environment: {
    systemPackages: [pkgs["git"]!, pkgs["htop"]!, pkgs["tmux"]!, pkgs["restic"]!],
    variables: { EDITOR: "vim" },
    shellAliases: { ll: "ls -l" },
  },

  programs: { zsh: { enable: true }, mtr: { enable: true }, tmux: { enable: true, clock24: true } },

  nix: {
    gc: { automatic: true, dates: "weekly", options: "--delete-older-than 30d" },
    autoOptimiseStore: true,
    trustedUsers: ["root", ...admins],
    maxJobs: 4,
  },

  system: {
    stateVersion: "20.09",
    autoUpgrade: mkIf(false, { enable: true, allowReboot: false }),
  },

  documentation: { nixos: { enable: mkForce(false) } },
};

export const aliceHome: HomeManagerConfig = {
  home: {
    username: "alice",
    homeDirectory: "/home/alice",
    stateVersion: "24.05",
    packages: [pkgs["ripgrep"]!, pkgs["jq"]!],
    sessionVariables: { EDITOR: "vim" },
  },
  programs: {
    git: {
      enable: true,
      settings: { user: { name: "Alice", email: `alice@${domain}` }, pull: { rebase: true } },
      ignores: [".direnv", "result"],
    },
    zsh: { enable: true, shellAliases: { gs: "git status" }, history: { size: 50_000 } },
    tmux: { enable: true, clock24: true, terminal: "screen-256color" },
    direnv: { enable: true, "nix-direnv": { enable: true } },
  },
  services: { "gpg-agent": { enable: mkMerge([true]), defaultCacheTtl: 3600 } },
};
