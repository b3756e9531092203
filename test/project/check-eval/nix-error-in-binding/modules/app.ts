import { defineModule, mkOption, types } from "tsnix";
import { checkedPort } from "../lib/ports";

export default defineModule({
  options: {
    app: {
      port: mkOption({ type: types.int, default: 8080 }),
      workers: mkOption({ type: types.int, default: 2 }),
    },
  },
  config: ({ config }) => ({
    networking: {
      firewall: { allowedTCPPorts: [checkedPort("app", config.app.port)] },
    },
    assertions: [{ assertion: config.app.workers > 0, message: "app.workers must be positive" }],
  }),
});
