import { defineModule } from "tsnix";
import { counters, labels } from "./shared";

export default defineModule({
  imports: [counters, labels],
  config: { counters: { hits: [10] }, labels: { left: "l" } },
});
