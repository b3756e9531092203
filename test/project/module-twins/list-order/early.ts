import { defineModule, mkBefore, mkOrder } from "tsnix";
import steps from "./steps";

export default defineModule({
  imports: [steps],
  config: {
    steps: mkBefore(["early-before", "early-before-2"]),
    script: mkOrder(1200, "echo late"),
  },
});
