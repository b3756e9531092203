// Defaults against definitions: a default is used only without definitions, a definition replaces it whole (also
// for attrsOf and lists), mkDefault beats the default, and submodule option defaults fill entries.
import { defineModule, mkDefault, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    d: {
      unset: mkOption({ type: types.str, default: "default" }),
      set: mkOption({ type: types.str, default: "default" }),
      weak: mkOption({ type: types.str, default: "default" }),
      list: mkOption({ type: types.listOf(types.int), default: [1, 2] }),
      map: mkOption({ type: types.attrsOf(types.int), default: { a: 1, b: 2 } }),
      entries: mkOption({
        type: types.attrsOf(
          types.submodule({
            options: {
              size: mkOption({ type: types.int, default: 10 }),
              name: mkOption({ type: types.nullOr(types.str), default: null }),
            },
          }),
        ),
        default: { preset: { size: 1 } },
      }),
      unusedEntries: mkOption({
        type: types.attrsOf(
          types.submodule({ options: { size: mkOption({ type: types.int, default: 10 }) } }),
        ),
        default: { preset: { size: 1 } },
      }),
      noDefault: mkOption({ type: types.listOf(types.str) }),
      emptyList: mkOption({ type: types.listOf(types.str), default: [] }),
    },
  },
  config: {
    d: {
      set: "defined",
      weak: mkDefault("mkDefault"),
      list: [3],
      map: { c: 3 },
      entries: { custom: {}, named: { name: "n" } },
      noDefault: [],
    },
  },
});
