// Grafana Alloy: ships the systemd journal to Loki (this host's, or another's) with the host name as a label.
import { defineModule, mkIf, mkOption, types } from "tsnix";
import { unitDown } from "../../lib/service";
import loki from "./loki";

export default defineModule({
  imports: [loki],
  options: ({ config }) => ({
    homelab: {
      services: {
        alloy: {
          enable: mkOption({
            type: types.bool,
            default: config.homelab.services.loki.enable,
            description: "Ship the journal with Grafana Alloy (by default where Loki runs).",
          }),
          port: mkOption({
            type: types.port,
            default: 12345,
            description: "Alloy's own HTTP server (UI, metrics).",
          }),
          lokiUrl: mkOption({
            type: types.str,
            default: `http://127.0.0.1:${config.homelab.services.loki.port}/loki/api/v1/push`,
            description: "Where to push logs: this host's Loki by default.",
          }),
        },
      },
    },
  }),
  config: ({ config }) => {
    const cfg = config.homelab.services.alloy;
    return mkIf(cfg.enable, {
      services: { alloy: { enable: true, extraFlags: [`--server.http.listen-addr=127.0.0.1:${cfg.port}`] } },
      environment: {
        etc: {
          "alloy/config.alloy": {
            text: `loki.source.journal "journal" {
  forward_to    = [loki.write.default.receiver]
  relabel_rules = loki.relabel.journal.rules
  labels        = { host = constants.hostname }
}

loki.relabel "journal" {
  forward_to = []
  rule {
    source_labels = ["__journal__systemd_unit"]
    target_label  = "unit"
  }
}

loki.write "default" {
  endpoint {
    url = "${cfg.lokiUrl}"
  }
}
`,
          },
        },
      },
      homelab: {
        scrapeTargets: { alloy: { port: cfg.port } },
        alerts: { "alloy-down": unitDown("alloy", "Alloy") },
      },
    });
  },
});
