// Two definitions of a str option at the same priority: the module system refuses them, naming both.
import { defineModule, mkOption, types } from "tsnix";
import other from "./other";

export default defineModule({
  imports: [other],
  options: { name: mkOption({ type: types.str }) },
  config: { name: "main" },
});
