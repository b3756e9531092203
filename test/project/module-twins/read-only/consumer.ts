import { defineModule, mkOption, types } from "tsnix";
import system from "./system";

export default defineModule({
  imports: [system],
  options: { banner: mkOption({ type: types.str, default: "" }) },
  config: ({ config }) => ({
    banner: `v${config.system.version} with ${config.system.features.join("+")}`,
  }),
});
