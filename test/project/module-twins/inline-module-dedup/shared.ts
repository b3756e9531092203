// Modules that are not files of their own: de-duplicated by their key.
import { defineModule, mkOption, types } from "tsnix";

export const counters = defineModule({
  options: { counters: { hits: mkOption({ type: types.listOf(types.int), default: [] }) } },
  config: { counters: { hits: [0] } },
});

export const labels = defineModule({
  imports: [counters],
  options: { labels: mkOption({ type: types.attrsOf(types.str), default: {} }) },
  config: { labels: { shared: "yes" }, counters: { hits: [1] } },
});
