import { defineModule, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    units: mkOption({
      type: types.attrsOf(
        types.submodule({
          options: {
            description: mkOption({ type: types.str }),
            after: mkOption({ type: types.listOf(types.str), default: [] }),
            environment: mkOption({ type: types.attrsOf(types.str), default: {} }),
          },
        }),
      ),
      default: {},
    }),
    hosts: mkOption({ type: types.listOf(types.str), default: [] }),
  },
});
