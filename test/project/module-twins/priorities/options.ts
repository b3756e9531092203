import { defineModule, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    level: {
      a: mkOption({ type: types.int, default: 0 }),
      b: mkOption({ type: types.int, default: 0 }),
      c: mkOption({ type: types.int, default: 0 }),
      d: mkOption({ type: types.int, default: 0 }),
      e: mkOption({ type: types.str }),
      list: mkOption({ type: types.listOf(types.int), default: [0] }),
      map: mkOption({ type: types.attrsOf(types.int), default: {} }),
    },
    group: { x: mkOption({ type: types.int }), y: mkOption({ type: types.int }) },
  },
});
