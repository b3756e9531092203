import { defineModule, mkDefault, mkOverride } from "tsnix";
import options from "./options";

export default defineModule({
  imports: [options],
  config: {
    level: {
      a: mkDefault(1),
      b: 30,
      c: mkOverride(950, 40),
      d: mkOverride(1100, 50),
      list: mkDefault([9]),
      map: { one: 100, two: mkDefault(200), three: 3 },
    },
    group: { x: 1, y: 2 },
  },
});
