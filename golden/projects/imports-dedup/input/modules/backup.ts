// The shared option every service contributes to; importing this module from several places declares it once.
import { defineModule, mkOption, types } from "tsnix";

export default defineModule({
  options: { backup: { paths: mkOption({ type: types.listOf(types.str), default: [] }) } },
});
