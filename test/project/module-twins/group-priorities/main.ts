// Wrappers on attribute sets of options are pushed down to each option: mkDefault, mkOverride and mkIf around a
// whole group, mkMerge of groups, and a group definition mixed with a definition of one of its options.
import { defineModule, mkDefault, mkForce, mkIf, mkMerge, mkOverride, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    g: {
      a: mkOption({ type: types.int, default: 0 }),
      b: mkOption({ type: types.str, default: "" }),
      c: mkOption({ type: types.listOf(types.int), default: [] }),
      sub: { x: mkOption({ type: types.int, default: 0 }), y: mkOption({ type: types.int, default: 0 }) },
    },
  },
  config: ({ config }) =>
    mkMerge([
      { g: mkDefault({ a: 1, b: "default", c: [1] }) },
      { g: mkOverride(900, { a: 2 }) },
      { g: { b: "plain", c: [2] } },
      { g: { sub: mkIf(config.g.a === 2, { x: 5, y: mkForce(6) }) } },
      mkIf(config.g.b === "plain", { g: { sub: { y: 7 }, c: [3] } }),
    ]),
});
