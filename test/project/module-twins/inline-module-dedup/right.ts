import { defineModule } from "tsnix";
import { labels } from "./shared";

export default defineModule({
  imports: [labels],
  config: { counters: { hits: [20] }, labels: { right: "r" } },
});
