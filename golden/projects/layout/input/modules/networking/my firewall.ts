import { defineModule } from "tsnix";
import { ports } from "../../lib/ports";

export default defineModule({
  config: { networking: { firewall: { enable: true, allowedTCPPorts: ports } } },
});
