// Loki: the log store Alloy pushes the journal to and Grafana queries, on the local filesystem.
import { defineModule, mkIf, mkOption, types } from "tsnix";
import { check, tile, unitDown, virtualHost, webServiceOptions } from "../../lib/service";
import homelab from "../homelab";

export default defineModule({
  imports: [homelab],
  options: ({ config }) => ({
    homelab: {
      services: {
        loki: {
          ...webServiceOptions("Loki", 3100, `logs.${config.homelab.domain}`),
          retention: mkOption({ type: types.str, default: "744h" }),
        },
      },
    },
  }),
  config: ({ config }) => {
    const cfg = config.homelab.services.loki;
    const dataDir = "/var/lib/loki";
    return mkIf(cfg.enable, {
      services: {
        loki: {
          enable: true,
          dataDir,
          configuration: {
            auth_enabled: false,
            server: { http_listen_address: "127.0.0.1", http_listen_port: cfg.port },
            common: {
              path_prefix: dataDir,
              replication_factor: 1,
              ring: { kvstore: { store: "inmemory" } },
              storage: {
                filesystem: { chunks_directory: `${dataDir}/chunks`, rules_directory: `${dataDir}/rules` },
              },
            },
            schema_config: {
              configs: [
                {
                  from: "2024-01-01",
                  store: "tsdb",
                  object_store: "filesystem",
                  schema: "v13",
                  index: { prefix: "index_", period: "24h" },
                },
              ],
            },
            limits_config: { retention_period: cfg.retention },
            compactor: {
              working_directory: `${dataDir}/compactor`,
              retention_enabled: true,
              delete_request_store: "filesystem",
            },
          },
        },
      },
      homelab: {
        proxy: { loki: virtualHost(cfg) },
        dashboard: { loki: tile(cfg, "Monitoring", "Loki", "Logs", "loki.png") },
        checks: { loki: check(cfg, "/ready") },
        scrapeTargets: { loki: { port: cfg.port } },
        alerts: { "loki-down": unitDown("loki", "Loki") },
      },
    });
  },
});
