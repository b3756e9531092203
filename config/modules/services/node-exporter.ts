// node_exporter: the machine's own metrics (systemd units included, which the unit-down alerts read), scraped by
// the metrics store, with the alerts every machine needs.
import { defineModule, mkEnableOption, mkIf, mkOption, types } from "tsnix";
import homelab from "../homelab";

export default defineModule({
  imports: [homelab],
  options: {
    homelab: {
      services: {
        nodeExporter: {
          enable: mkEnableOption("the Prometheus node exporter"),
          port: mkOption({ type: types.port, default: 9100 }),
        },
      },
    },
  },
  config: ({ config }) => {
    const cfg = config.homelab.services.nodeExporter;
    return mkIf(cfg.enable, {
      services: {
        prometheus: {
          exporters: {
            node: {
              enable: true,
              listenAddress: "127.0.0.1",
              port: cfg.port,
              enabledCollectors: ["systemd"],
            },
          },
        },
      },
      homelab: {
        scrapeTargets: { node: { port: cfg.port } },
        alerts: {
          "disk-almost-full": {
            expr: 'node_filesystem_avail_bytes{fstype!~"tmpfs|ramfs"} / node_filesystem_size_bytes < 0.1',
            severity: "critical",
            summary: "Less than 10% disk space left on {{ $labels.mountpoint }}",
          },
          "systemd-unit-failed": {
            expr: 'node_systemd_unit_state{state="failed"} == 1',
            summary: "{{ $labels.name }} failed",
          },
        },
      },
    });
  },
});
