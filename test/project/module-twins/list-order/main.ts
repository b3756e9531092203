// List and lines order: mkBefore, mkAfter and mkOrder across modules and inside mkMerge; plain definitions keep
// module order within a priority.
import { defineModule, mkAfter, mkMerge, mkOrder } from "tsnix";
import early from "./early";
import steps from "./steps";

export default defineModule({
  imports: [steps, early],
  config: {
    steps: mkMerge([["main-1"], mkAfter(["main-after"]), mkOrder(600, ["main-600"]), ["main-2"]]),
    script: mkMerge([mkAfter("echo last"), "echo middle", mkOrder(100, "echo first")]),
  },
});
