import { defineModule, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    users: mkOption({
      type: types.attrsOf(types.submodule({ options: { uid: mkOption({ type: types.int }) } })),
      default: {},
    }),
    groups: mkOption({ type: types.listOf(types.str), default: [] }),
  },
});
