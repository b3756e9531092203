// mkOrder, mkBefore and mkAfter cannot wrap a submodule's value (lib's submodule merge refuses the priority they
// leave): refused where a submodule's value is expected, also inside attrsOf and nullOr; lists, strings and null
// are still ordered.
import { defineModule, mkAfter, mkBefore, mkIf, mkMerge, mkOption, mkOrder, types } from "tsnix";

const endpoint = types.submodule({ options: { host: mkOption({ type: types.str }) } });

export default defineModule({
  options: {
    one: mkOption({ type: endpoint }),
    many: mkOption({ type: types.attrsOf(endpoint) }),
    maybe: mkOption({ type: types.nullOr(endpoint) }),
    hosts: mkOption({ type: types.listOf(endpoint) }),
    names: mkOption({ type: types.nullOr(types.str) }),
    either: mkOption({ type: types.either(endpoint, types.str) }),
  },
  config: {
    one: mkAfter({ host: "x" }),
    many: { a: mkBefore({ host: "y" }), b: mkIf(true, { host: "z" }) },
    maybe: mkMerge([mkOrder(10, { host: "x" })]),
    hosts: mkAfter([{ host: "w" }]),
    names: mkBefore("n"),
    either: mkAfter("text"),
  },
});
