// A headless server (003's profiles/server): every homelab service module, so that a host only enables what it runs;
// the node exporter always on; no documentation.
import { defineModule, mkDefault } from "tsnix";
import alloy from "../modules/services/alloy";
import caddy from "../modules/services/caddy";
import gatus from "../modules/services/gatus";
import grafana from "../modules/services/grafana";
import homepage from "../modules/services/homepage";
import nodeExporter from "../modules/services/node-exporter";
import postgresql from "../modules/services/postgresql";
import restic from "../modules/services/restic";
import tailscale from "../modules/services/tailscale";
import zfs from "../modules/services/zfs";
import common from "./common";

export default defineModule({
  imports: [common, alloy, caddy, gatus, grafana, homepage, nodeExporter, postgresql, restic, tailscale, zfs],
  config: {
    homelab: { services: { nodeExporter: { enable: mkDefault(true) } } },
    documentation: { enable: mkDefault(false) },
    networking: { firewall: { enable: true } },
    boot: { tmp: { cleanOnBoot: true } },
  },
});
