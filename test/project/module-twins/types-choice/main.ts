// Types with alternatives: enum (strings, numbers, booleans, null), nullOr, either, oneOf — defaults and
// definitions of each alternative.
import { defineModule, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    choice: {
      level: mkOption({ type: types.enum(["debug", "info", "warn"]), default: "info" }),
      mixed: mkOption({ type: types.enum(["auto", 1, 2, true, null]), default: null }),
      mixed2: mkOption({ type: types.enum(["auto", 1, 2, true, null]), default: "auto" }),
      maybe: mkOption({ type: types.nullOr(types.str), default: null }),
      maybePort: mkOption({ type: types.nullOr(types.port), default: null }),
      limit: mkOption({ type: types.either(types.int, types.str), default: "unlimited" }),
      limit2: mkOption({ type: types.either(types.int, types.str), default: 1 }),
      listen: mkOption({
        type: types.oneOf([types.bool, types.port, types.listOf(types.str)]),
        default: false,
      }),
      listen2: mkOption({ type: types.oneOf([types.bool, types.port, types.listOf(types.str)]) }),
      listen3: mkOption({ type: types.oneOf([types.bool, types.port, types.listOf(types.str)]) }),
    },
  },
  config: {
    choice: {
      level: "warn",
      mixed: 2,
      maybePort: 8080,
      limit: 10,
      listen2: 443,
      listen3: ["a", "b"],
    },
  },
});
