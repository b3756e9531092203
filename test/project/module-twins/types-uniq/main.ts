// uniq and unique: one definition is fine (and the default when none).
import { defineModule, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    once: {
      name: mkOption({ type: types.uniq(types.str) }),
      ids: mkOption({ type: types.uniq(types.listOf(types.int)), default: [1] }),
      code: mkOption({ type: types.unique({ message: "set the code in one place only" }, types.int) }),
      fallback: mkOption({ type: types.unique({ message: "unused" }, types.str), default: "none" }),
    },
  },
  config: { once: { name: "only", code: 7 } },
});
