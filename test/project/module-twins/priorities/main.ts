// Priorities across modules: plain definitions beat mkDefault, mkForce beats both, mkOverride in between; a
// default is weaker than mkDefault; lists of equal priority concatenate, weaker ones are dropped; mkForce inside
// attrsOf values and on a whole attribute set of options.
import { defineModule, mkDefault, mkForce, mkOptionDefault, mkOverride } from "tsnix";
import options from "./options";
import weak from "./weak";

export default defineModule({
  imports: [options, weak],
  config: {
    level: {
      a: 2,
      b: mkForce(3),
      c: mkOverride(900, 4),
      d: mkDefault(5),
      e: mkOptionDefault("option default"),
      list: [2, 3],
      map: { one: mkForce(1), two: 2 },
    },
    group: mkForce({ x: 10, y: 20 }),
  },
});
