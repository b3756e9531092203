// `apply` turns the merged value into what config reads: other modules and options see the applied value.
import { defineModule, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    applied: {
      ports: mkOption({
        type: types.listOf(types.port),
        default: [],
        apply: (ports) => ports.map((p) => p + 1),
      }),
      name: mkOption({ type: types.str, default: "tsnix", apply: (s) => s.toUpperCase() }),
      count: mkOption({ type: types.attrsOf(types.int), default: {}, apply: (m) => Object.keys(m).length }),
      joined: mkOption({ type: types.listOf(types.str), apply: (xs) => xs.join(",") }),
      summary: mkOption({ type: types.str }),
    },
  },
  config: ({ config }) => ({
    applied: {
      ports: [80, 443],
      count: { a: 1, b: 2, c: 3 },
      joined: ["x", "y"],
      summary: `${config.applied.name}:${config.applied.count}:${config.applied.ports[0]}:${config.applied.joined}`,
    },
  }),
});
