// Scalar option types: bool, str, int, float, number, port, path — defaults and definitions.
import { defineModule, mkOption, path, types } from "tsnix";

export default defineModule({
  options: {
    scalars: {
      flag: mkOption({ type: types.bool, default: true }),
      text: mkOption({ type: types.str, default: "" }),
      count: mkOption({ type: types.int, default: -5 }),
      ratio: mkOption({ type: types.float, default: 0.25 }),
      weight: mkOption({ type: types.number, default: 3 }),
      share: mkOption({ type: types.number, default: 1.5 }),
      port: mkOption({ type: types.port, default: 65535 }),
      file: mkOption({ type: types.path, default: "/etc/hosts" }),
      script: mkOption({ type: types.path }),
      big: mkOption({ type: types.int }),
    },
  },
  config: {
    scalars: {
      flag: false,
      text: 'tab\there "quoted" ${not} $dollar \\ back',
      ratio: 2.5,
      weight: 0.5,
      script: path("./data.txt"),
      big: 9007199254740991,
    },
  },
});
