// Inline modules (consts holding defineModule in a helper file, and one in this file) imported from several
// modules: each declares its options once, thanks to its key.
import { defineModule, mkOption, types } from "tsnix";
import left from "./left";
import right from "./right";
import { counters } from "./shared";

const local = defineModule({
  imports: [counters],
  options: { local: mkOption({ type: types.int, default: 1 }) },
  config: { counters: { hits: [100] } },
});

export default defineModule({
  imports: [left, local, right, local, counters],
  config: { local: 2 },
});
