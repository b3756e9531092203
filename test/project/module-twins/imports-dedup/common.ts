import { defineModule, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    common: {
      users: mkOption({ type: types.listOf(types.str), default: [] }),
      motd: mkOption({ type: types.lines, default: "" }),
    },
  },
  config: { common: { users: ["root"] } },
});
