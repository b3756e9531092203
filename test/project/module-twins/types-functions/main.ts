// functionTo: options holding functions, defined by two modules (their results merge by the result type) and
// applied by another option's definition.
import { defineModule, mkOption, types } from "tsnix";
import extra from "./extra";

export default defineModule({
  imports: [extra],
  options: {
    fn: {
      greet: mkOption({ type: types.functionTo(types.str), default: (name: string) => `hello ${name}` }),
      packages: mkOption({ type: types.functionTo(types.listOf(types.str)), default: () => [] }),
      greeting: mkOption({ type: types.str }),
      selected: mkOption({ type: types.listOf(types.str) }),
    },
  },
  config: ({ config }) => ({
    fn: {
      packages: (set: { readonly base: string }) => [set.base, "main"],
      greeting: config.fn.greet("world"),
      selected: config.fn.packages({ base: "coreutils" }),
    },
  }),
});
