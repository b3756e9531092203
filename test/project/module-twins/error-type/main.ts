// A number TypeScript accepts but the option type refuses (a port beyond 65535): the module system's error.
import { defineModule, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    port: mkOption({ type: types.port, default: 80 }),
    ok: mkOption({ type: types.int, default: 1 }),
  },
  config: { port: 70000 },
});
