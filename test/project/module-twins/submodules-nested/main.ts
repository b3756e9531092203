// Submodules inside submodules: listOf submodule, attrsOf attrsOf submodule, nullOr submodule, and a submodule
// option holding a plain submodule (not in a collection) whose definitions from two places merge.
import { defineModule, mkOption, types } from "tsnix";

const endpoint = types.submodule({
  options: {
    host: mkOption({ type: types.str }),
    port: mkOption({ type: types.port, default: 443 }),
  },
});

export default defineModule({
  options: {
    cluster: {
      nodes: mkOption({
        type: types.listOf(
          types.submodule({
            options: {
              name: mkOption({ type: types.str }),
              endpoints: mkOption({ type: types.listOf(endpoint), default: [] }),
            },
          }),
        ),
        default: [],
      }),
      zones: mkOption({ type: types.attrsOf(types.attrsOf(endpoint)), default: {} }),
      primary: mkOption({ type: types.nullOr(endpoint), default: null }),
      backup: mkOption({ type: types.nullOr(endpoint), default: null }),
      settings: mkOption({
        type: types.submodule({
          options: {
            retries: mkOption({ type: types.int, default: 3 }),
            tags: mkOption({ type: types.listOf(types.str), default: [] }),
            inner: mkOption({
              type: types.submodule({ options: { depth: mkOption({ type: types.int, default: 2 }) } }),
              default: {},
            }),
          },
        }),
        default: {},
      }),
    },
  },
  config: {
    cluster: {
      nodes: [{ name: "a", endpoints: [{ host: "a1" }, { host: "a2", port: 8443 }] }, { name: "b" }],
      zones: { eu: { fra: { host: "fra.example" } }, us: { nyc: { host: "nyc.example", port: 1 } } },
      primary: { host: "primary.example" },
      settings: { tags: ["one"], inner: { depth: 5 } },
    },
  },
});
