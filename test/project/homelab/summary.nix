# What a host of the example homelab ends up with, as JSON: its host module evaluated by lib.evalModules with the
# NixOS stub, stand-ins for the flake inputs' modules, and the values the tests assert on.
{
  lib,
  host,
  extraModules ? [ ],
}:
let
  pkgs = import ./pkgs.nix;
  inputs = {
    sops-nix.nixosModules.sops = { };
    agenix.nixosModules.default = { };
    disko.nixosModules.disko = { };
  };
  config =
    (lib.evalModules {
      modules = [
        host
        ./nixos-stub.nix
      ]
      ++ extraModules;
      specialArgs = {
        inherit pkgs inputs;
        modulesPath = ./modules-path;
      };
    }).config;
  services = config.services;
  prometheusRules = map builtins.fromJSON (services.prometheus.rules or [ ]);
  rules = lib.concatMap (r: r.groups) (
    prometheusRules ++ lib.optional (services ? vmalert) services.vmalert.rules
  );
in
{
  hostName = config.networking.hostName;
  tcpPorts = lib.sort (a: b: a < b) config.networking.firewall.allowedTCPPorts;
  udpPorts = config.networking.firewall.allowedUDPPorts;
  virtualHosts = lib.mapAttrs (_: v: "${v.hostName} ${v.extraConfig}") (
    services.caddy.virtualHosts or { }
  );
  caddyPlugins = services ? caddy && services.caddy ? package;
  tiles = lib.concatMap (
    group:
    lib.concatLists (
      lib.mapAttrsToList (name: tiles: map (t: "${name}/${lib.head (lib.attrNames t)}") tiles) group
    )
  ) (services.homepage-dashboard.services or [ ]);
  scrapeJobs = map (j: "${j.job_name} ${lib.head (lib.head j.static_configs).targets}") (
    services.prometheus.scrapeConfigs or services.victoriametrics.prometheusConfig.scrape_configs or [ ]
  );
  alerts = lib.sort (a: b: a < b) (lib.concatMap (g: map (r: r.alert) g.rules) rules);
  checks = map (e: "${e.name} ${e.url}") (services.gatus.settings.endpoints or [ ]);
  datasources = map (d: "${d.name} ${d.url}") (
    services.grafana.provision.datasources.settings.datasources or [ ]
  );
  backups = lib.mapAttrs (_: b: {
    inherit (b) repository paths passwordFile;
  }) (services.restic.backups or { });
  snapshots = lib.attrNames (services.sanoid.datasets or { });
  replication = lib.mapAttrsToList (_: c: c.target) (services.syncoid.commands or { });
  users = lib.mapAttrs (_: u: u.extraGroups) config.users.users;
  contributed = lib.mapAttrs (_: lib.attrNames) {
    inherit (config.homelab)
      proxy
      dashboard
      checks
      scrapeTargets
      alerts
      ;
  };
  backupPaths = config.homelab.backup.paths;
  grafanaAdminPassword = services.grafana.settings.security.admin_password or null;
}
