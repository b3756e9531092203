// Grafana, with the metrics store (Prometheus or VictoriaMetrics) and Loki of this host as its datasources.
import { defineModule, mkIf, mkOption, types } from "tsnix";
import { check, tile, unitDown, virtualHost, webServiceOptions } from "../../lib/service";
import loki from "./loki";
import prometheus from "./prometheus";
import victoriametrics from "./victoriametrics";

export default defineModule({
  imports: [prometheus, victoriametrics, loki],
  options: ({ config }) => ({
    homelab: {
      services: {
        grafana: {
          ...webServiceOptions("Grafana", 3001, `grafana.${config.homelab.domain}`),
          adminPasswordFile: mkOption({
            type: types.secretPath,
            description: "A secret file holding the admin password.",
          }),
        },
      },
    },
  }),
  config: ({ config }) => {
    const services = config.homelab.services;
    const cfg = services.grafana;
    const metrics = (port: string) => [
      { name: "Metrics", type: "prometheus", url: `http://127.0.0.1:${port}`, isDefault: true },
    ];
    const datasources = [
      ...(services.prometheus.enable ? metrics(`${services.prometheus.port}`) : []),
      ...(services.victoriametrics.enable ? metrics(`${services.victoriametrics.port}`) : []),
      ...(services.loki.enable
        ? [{ name: "Logs", type: "loki", url: `http://127.0.0.1:${services.loki.port}` }]
        : []),
    ];
    return mkIf(cfg.enable, {
      services: {
        grafana: {
          enable: true,
          settings: {
            server: {
              http_addr: "127.0.0.1",
              http_port: cfg.port,
              domain: cfg.domain,
              root_url: `https://${cfg.domain}`,
            },
            security: { admin_password: `$__file{${cfg.adminPasswordFile}}` },
            analytics: { reporting_enabled: false },
          },
          provision: { enable: true, datasources: { settings: { apiVersion: 1, datasources } } },
        },
      },
      homelab: {
        proxy: { grafana: virtualHost(cfg) },
        dashboard: { grafana: tile(cfg, "Monitoring", "Grafana", "Dashboards", "grafana.png") },
        checks: { grafana: check(cfg, "/api/health") },
        scrapeTargets: { grafana: { port: cfg.port } },
        alerts: { "grafana-down": unitDown("grafana", "Grafana") },
        backup: { paths: ["/var/lib/grafana"] },
      },
    });
  },
});
