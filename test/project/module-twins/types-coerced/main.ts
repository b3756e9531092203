// coercedTo: definitions of the `from` type are converted, those of the target type kept; both kinds merge.
import { defineModule, mkOption, types } from "tsnix";
import other from "./other";

export default defineModule({
  imports: [other],
  options: {
    coerced: {
      hosts: mkOption({
        type: types.coercedTo(types.str, (host: string) => [host], types.listOf(types.str)),
        default: [],
      }),
      port: mkOption({ type: types.coercedTo(types.int, (n: number) => `${n}`, types.str), default: "80" }),
      single: mkOption({ type: types.coercedTo(types.str, (s: string) => [s, s], types.listOf(types.str)) }),
    },
  },
  config: { coerced: { hosts: "alpha", port: 8080, single: "twice" } },
});
