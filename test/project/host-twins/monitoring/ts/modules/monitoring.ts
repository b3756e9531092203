// A monitoring stack on one host: Prometheus scraping the node exporter and the declared targets, Loki for logs,
// Grafana with both as provisioned data sources, and a daily Prometheus snapshot (a systemd service and timer).
import { defineModule, mkDefault, mkEnableOption, mkIf, mkOption, types } from "tsnix";
import { address, scrapeJob } from "../lib/scrape";

const target = types.submodule({
  options: {
    host: mkOption({ type: types.str }),
    port: mkOption({ type: types.port }),
    labels: mkOption({ type: types.attrsOf(types.str), default: {} }),
    interval: mkOption({ type: types.nullOr(types.str), default: null }),
  },
});

export default defineModule({
  options: {
    homelab: {
      monitoring: {
        enable: mkEnableOption("Prometheus, Loki and Grafana"),
        retention: mkOption({ type: types.str, default: "15d" }),
        targets: mkOption({ type: types.attrsOf(target), default: {} }),
        grafanaPort: mkOption({ type: types.port, default: 3000 }),
        lokiPort: mkOption({ type: types.port, default: 3100 }),
        snapshotAt: mkOption({ type: types.str, default: "daily" }),
        nodeExporterPort: mkOption({ type: types.port, default: 9100 }),
        hostLabel: mkOption({
          type: types.str,
          description: "The host label of this machine's own metrics.",
        }),
      },
    },
  },
  config: ({ config, pkgs }) => {
    const m = config.homelab.monitoring;
    return mkIf(m.enable, {
      services: {
        prometheus: {
          enable: true,
          extraFlags: [`--storage.tsdb.retention.time=${m.retention}`, "--web.enable-admin-api"],
          exporters: {
            node: { enable: true, port: m.nodeExporterPort, enabledCollectors: ["systemd", "processes"] },
          },
          scrapeConfigs: [
            scrapeJob("node", [address("127.0.0.1", m.nodeExporterPort)], { host: m.hostLabel }, null),
            ...Object.keys(m.targets).map((name) => {
              const t = m.targets[name]!;
              return scrapeJob(name, [address(t.host, t.port)], t.labels, t.interval);
            }),
          ],
        },
        loki: {
          enable: true,
          configuration: {
            auth_enabled: false,
            server: { http_listen_port: m.lokiPort },
            ingester: {
              lifecycler: {
                address: "127.0.0.1",
                ring: { kvstore: { store: "inmemory" }, replication_factor: 1 },
              },
              chunk_idle_period: "1h",
            },
            schema_config: {
              configs: [
                {
                  from: "2020-10-24",
                  store: "boltdb",
                  object_store: "filesystem",
                  schema: "v11",
                  index: { prefix: "index_", period: "168h" },
                },
              ],
            },
            storage_config: {
              boltdb: { directory: "/var/lib/loki/index" },
              filesystem: { directory: "/var/lib/loki/chunks" },
            },
          },
        },
        grafana: {
          enable: true,
          port: m.grafanaPort,
          addr: mkDefault("127.0.0.1"),
          provision: {
            enable: true,
            datasources: [
              { name: "Prometheus", type: "prometheus", url: "http://127.0.0.1:9090", isDefault: true },
              { name: "Loki", type: "loki", url: `http://127.0.0.1:${m.lokiPort}` },
            ],
          },
        },
      },
      systemd: {
        services: {
          "prometheus-snapshot": {
            description: "Snapshot the Prometheus database",
            after: ["prometheus.service"],
            serviceConfig: {
              Type: "oneshot",
              ExecStart: `${pkgs.curl.outPath}/bin/curl -fsS -XPOST http://127.0.0.1:9090/api/v1/admin/tsdb/snapshot`,
            },
          },
        },
        timers: {
          "prometheus-snapshot": {
            wantedBy: ["timers.target"],
            timerConfig: { OnCalendar: m.snapshotAt, Persistent: true },
          },
        },
      },
      networking: { firewall: { allowedTCPPorts: [m.grafanaPort] } },
    });
  },
});
