// Prometheus: scrapes every entry of homelab.scrapeTargets and evaluates every rule of homelab.alerts.
import { builtins, defineModule, mkIf, mkOption, types } from "tsnix";
import { ruleGroups } from "../../lib/monitoring";
import { check, tile, unitDown, virtualHost, webServiceOptions } from "../../lib/service";
import homelab from "../homelab";

export default defineModule({
  imports: [homelab],
  options: ({ config }) => ({
    homelab: {
      services: {
        prometheus: {
          ...webServiceOptions("Prometheus", 9090, `prometheus.${config.homelab.domain}`),
          retention: mkOption({ type: types.str, default: "30d" }),
        },
      },
    },
  }),
  config: ({ config, lib }) => {
    const cfg = config.homelab.services.prometheus;
    return mkIf(cfg.enable, {
      services: {
        prometheus: {
          enable: true,
          listenAddress: "127.0.0.1",
          port: cfg.port,
          retentionTime: cfg.retention,
          scrapeConfigs: lib.mapAttrsToList(
            (job, target) => ({
              job_name: job,
              metrics_path: target.path,
              static_configs: [{ targets: [target.address] }],
            }),
            config.homelab.scrapeTargets,
          ),
          rules: [builtins.toJSON(ruleGroups(Object.values(config.homelab.alerts)))],
        },
      },
      homelab: {
        proxy: { prometheus: virtualHost(cfg) },
        dashboard: { prometheus: tile(cfg, "Monitoring", "Prometheus", "Metrics", "prometheus.png") },
        checks: { prometheus: check(cfg, "/-/healthy") },
        scrapeTargets: { prometheus: { port: cfg.port } },
        alerts: { "prometheus-down": unitDown("prometheus", "Prometheus") },
        backup: { exclude: ["/var/lib/prometheus2"] },
      },
    });
  },
});
