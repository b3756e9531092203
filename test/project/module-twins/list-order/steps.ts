import { defineModule, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    steps: mkOption({ type: types.listOf(types.str), default: [] }),
    script: mkOption({ type: types.lines, default: "" }),
  },
  config: { steps: ["steps-1"], script: "echo declared" },
});
