// The shared options every service contributes to (the contribution pattern): its reverse-proxy entry, dashboard
// tile, status check, scrape target, alert rules and backup paths. Caddy, Homepage, Gatus, Prometheus or
// VictoriaMetrics and Restic read them, so a host only enables services and never lists any of this again.
import { defineModule, mkDefault, mkOption, types } from "tsnix";

const virtualHost = types.submodule({
  options: {
    domain: mkOption({ type: types.str, description: "The name Caddy serves, with a certificate for it." }),
    port: mkOption({ type: types.port, description: "The local port Caddy forwards to." }),
    upstream: mkOption({
      type: types.str,
      description: "Where Caddy forwards to: the local port by default.",
    }),
  },
  config: ({ config }) => ({ upstream: mkDefault(`127.0.0.1:${config.port}`) }),
});

const tile = types.submodule({
  options: {
    group: mkOption({ type: types.str, default: "Services" }),
    title: mkOption({ type: types.str }),
    description: mkOption({ type: types.str, default: "" }),
    icon: mkOption({ type: types.str, description: "A dashboard-icons name, e.g. grafana.png." }),
    href: mkOption({ type: types.str }),
  },
});

const check = types.submodule(({ name }) => ({
  options: {
    name: mkOption({ type: types.str, default: name }),
    group: mkOption({ type: types.str, default: "services" }),
    url: mkOption({ type: types.str, description: "http(s)://…, or tcp://host:port for a port check." }),
    interval: mkOption({ type: types.str, default: "1m" }),
    conditions: mkOption({ type: types.listOf(types.str), default: ["[STATUS] == 200"] }),
  },
}));

const scrapeTarget = types.submodule({
  options: {
    port: mkOption({ type: types.port }),
    address: mkOption({ type: types.str, description: "host:port; the local port by default." }),
    path: mkOption({ type: types.str, default: "/metrics" }),
  },
  config: ({ config }) => ({ address: mkDefault(`127.0.0.1:${config.port}`) }),
});

const alert = types.submodule(({ name }) => ({
  options: {
    alert: mkOption({ type: types.str, default: name, description: "The alert's name." }),
    expr: mkOption({
      type: types.str,
      description: "A PromQL expression; the alert fires while it has results.",
    }),
    for: mkOption({ type: types.str, default: "5m" }),
    severity: mkOption({ type: types.enum(["warning", "critical"]), default: "warning" }),
    summary: mkOption({ type: types.str }),
  },
}));

export default defineModule({
  options: {
    homelab: {
      domain: mkOption({
        type: types.str,
        default: "home.example.org",
        description: "Every web service is served as <name>.<domain>.",
      }),
      proxy: mkOption({
        type: types.attrsOf(virtualHost),
        default: {},
        description: "Caddy's virtual hosts.",
      }),
      dashboard: mkOption({ type: types.attrsOf(tile), default: {}, description: "Homepage's tiles." }),
      checks: mkOption({ type: types.attrsOf(check), default: {}, description: "Gatus's endpoints." }),
      scrapeTargets: mkOption({
        type: types.attrsOf(scrapeTarget),
        default: {},
        description:
          "Local metrics endpoints, scraped by Prometheus or VictoriaMetrics as jobs of their name.",
      }),
      alerts: mkOption({ type: types.attrsOf(alert), default: {}, description: "Alert rules, by name." }),
      backup: {
        paths: mkOption({ type: types.listOf(types.str), default: [], description: "What Restic backs up." }),
        exclude: mkOption({ type: types.listOf(types.str), default: [] }),
      },
    },
  },
});
