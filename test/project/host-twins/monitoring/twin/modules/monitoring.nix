{ config, lib, pkgs, ... }:
let
  inherit (import ../lib/scrape.nix) address scrapeJob;
  m = config.homelab.monitoring;
  target = lib.types.submodule {
    options = {
      host = lib.mkOption { type = lib.types.str; };
      port = lib.mkOption { type = lib.types.port; };
      labels = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
      interval = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; };
    };
  };
in
{
  options.homelab.monitoring = {
    enable = lib.mkEnableOption "Prometheus, Loki and Grafana";
    retention = lib.mkOption { type = lib.types.str; default = "15d"; };
    targets = lib.mkOption { type = lib.types.attrsOf target; default = { }; };
    grafanaPort = lib.mkOption { type = lib.types.port; default = 3000; };
    lokiPort = lib.mkOption { type = lib.types.port; default = 3100; };
    snapshotAt = lib.mkOption { type = lib.types.str; default = "daily"; };
    nodeExporterPort = lib.mkOption { type = lib.types.port; default = 9100; };
    hostLabel = lib.mkOption { type = lib.types.str; description = "The host label of this machine's own metrics."; };
  };

  config = lib.mkIf m.enable {
    services.prometheus = {
      enable = true;
      extraFlags = [ "--storage.tsdb.retention.time=${m.retention}" "--web.enable-admin-api" ];
      exporters.node = { enable = true; port = m.nodeExporterPort; enabledCollectors = [ "systemd" "processes" ]; };
      scrapeConfigs =
        [ (scrapeJob "node" [ (address "127.0.0.1" m.nodeExporterPort) ] { host = m.hostLabel; } null) ]
        ++ lib.mapAttrsToList (name: t: scrapeJob name [ (address t.host t.port) ] t.labels t.interval) m.targets;
    };
    services.loki = {
      enable = true;
      configuration = {
        auth_enabled = false;
        server.http_listen_port = m.lokiPort;
        ingester = {
          lifecycler = { address = "127.0.0.1"; ring = { kvstore.store = "inmemory"; replication_factor = 1; }; };
          chunk_idle_period = "1h";
        };
        schema_config.configs = [{
          from = "2020-10-24";
          store = "boltdb";
          object_store = "filesystem";
          schema = "v11";
          index = { prefix = "index_"; period = "168h"; };
        }];
        storage_config = {
          boltdb.directory = "/var/lib/loki/index";
          filesystem.directory = "/var/lib/loki/chunks";
        };
      };
    };
    services.grafana = {
      enable = true;
      port = m.grafanaPort;
      addr = lib.mkDefault "127.0.0.1";
      provision = {
        enable = true;
        datasources = [
          { name = "Prometheus"; type = "prometheus"; url = "http://127.0.0.1:9090"; isDefault = true; }
          { name = "Loki"; type = "loki"; url = "http://127.0.0.1:${toString m.lokiPort}"; }
        ];
      };
    };
    systemd.services.prometheus-snapshot = {
      description = "Snapshot the Prometheus database";
      after = [ "prometheus.service" ];
      serviceConfig = {
        Type = "oneshot";
        ExecStart = "${pkgs.curl}/bin/curl -fsS -XPOST http://127.0.0.1:9090/api/v1/admin/tsdb/snapshot";
      };
    };
    systemd.timers.prometheus-snapshot = {
      wantedBy = [ "timers.target" ];
      timerConfig = { OnCalendar = m.snapshotAt; Persistent = true; };
    };
    networking.firewall.allowedTCPPorts = [ m.grafanaPort ];
  };
}
