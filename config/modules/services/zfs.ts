// ZFS snapshots with sanoid (hourly/daily/monthly, pruned) of the datasets listed here, and their replication with
// syncoid to another machine when a target is set.
import { defineModule, mkEnableOption, mkIf, mkOption, types } from "tsnix";
import homelab from "../homelab";

export default defineModule({
  imports: [homelab],
  options: {
    homelab: {
      services: {
        zfs: {
          enable: mkEnableOption("ZFS snapshots and replication"),
          datasets: mkOption({
            type: types.listOf(types.str),
            default: [],
            description: "e.g. tank/services/grafana",
          }),
          replicateTo: mkOption({
            type: types.nullOr(types.str),
            default: null,
            description:
              "A syncoid target: user@host:pool/prefix; each dataset goes below it under its own name.",
          }),
        },
      },
    },
  },
  config: ({ config, lib }) => {
    const cfg = config.homelab.services.zfs;
    const target = cfg.replicateTo;
    return mkIf(cfg.enable, {
      boot: { supportedFilesystems: ["zfs"] },
      services: {
        zfs: { autoScrub: { enable: true } },
        sanoid: {
          enable: true,
          templates: { homelab: { hourly: 24, daily: 14, monthly: 6, autosnap: true, autoprune: true } },
          datasets: lib.genAttrs(cfg.datasets, () => ({ useTemplate: ["homelab"] })),
        },
        syncoid: {
          enable: target !== null,
          commands:
            target === null
              ? {}
              : lib.genAttrs(cfg.datasets, (dataset) => ({ target: `${target}/${dataset}` })),
        },
      },
      homelab: {
        alerts: {
          "zfs-pool-degraded": {
            expr: 'node_zfs_zpool_state{state!="online"} > 0',
            severity: "critical",
            summary: "ZFS pool {{ $labels.zpool }} is {{ $labels.state }}",
          },
        },
      },
    });
  },
});
