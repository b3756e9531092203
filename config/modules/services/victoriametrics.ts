// VictoriaMetrics (with vmalert): the lighter metrics store, scraping homelab.scrapeTargets and alerting on
// homelab.alerts like Prometheus would.
import { defineModule, mkIf, mkOption, types } from "tsnix";
import { ruleGroups } from "../../lib/monitoring";
import { check, tile, unitDown, virtualHost, webServiceOptions } from "../../lib/service";
import homelab from "../homelab";

export default defineModule({
  imports: [homelab],
  options: ({ config }) => ({
    homelab: {
      services: {
        victoriametrics: {
          ...webServiceOptions("VictoriaMetrics", 8428, `metrics.${config.homelab.domain}`),
          retention: mkOption({
            type: types.str,
            default: "12",
            description: "In months, or with a unit: 30d.",
          }),
        },
      },
    },
  }),
  config: ({ config, lib }) => {
    const cfg = config.homelab.services.victoriametrics;
    return mkIf(cfg.enable, {
      services: {
        victoriametrics: {
          enable: true,
          listenAddress: `127.0.0.1:${cfg.port}`,
          retentionPeriod: cfg.retention,
          prometheusConfig: {
            scrape_configs: lib.mapAttrsToList(
              (job, target) => ({
                job_name: job,
                metrics_path: target.path,
                static_configs: [{ targets: [target.address] }],
              }),
              config.homelab.scrapeTargets,
            ),
          },
        },
        vmalert: {
          enable: true,
          settings: { "datasource.url": `http://127.0.0.1:${cfg.port}`, "notifier.blackhole": true },
          rules: ruleGroups(Object.values(config.homelab.alerts)),
        },
      },
      homelab: {
        proxy: { victoriametrics: virtualHost(cfg) },
        dashboard: {
          victoriametrics: tile(cfg, "Monitoring", "VictoriaMetrics", "Metrics", "victoriametrics.png"),
        },
        checks: { victoriametrics: check(cfg, "/health") },
        scrapeTargets: { victoriametrics: { port: cfg.port } },
        alerts: { "victoriametrics-down": unitDown("victoriametrics", "VictoriaMetrics") },
        backup: { exclude: ["/var/lib/victoriametrics"] },
      },
    });
  },
});
