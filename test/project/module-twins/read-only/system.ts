import { defineModule, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    system: {
      version: mkOption({ type: types.str, default: "24.11", readOnly: true, description: "The version." }),
      features: mkOption({ type: types.listOf(types.str), default: ["a", "b"], readOnly: true }),
      writable: mkOption({ type: types.str, default: "w", readOnly: false }),
    },
  },
});
