// Module arguments destructured in every way: renamed (`config: cfg`), nested (`config: { web }`), `lib` used for
// its functions, a block body with consts; lib's helpers called curried.
import { defineModule, mkOption, types } from "tsnix";
import settings from "./settings";

export default defineModule({
  imports: [settings],
  options: {
    out: {
      urls: mkOption({ type: types.listOf(types.str), default: [] }),
      vhosts: mkOption({ type: types.attrsOf(types.str), default: {} }),
      extra: mkOption({ type: types.listOf(types.str), default: [] }),
      flags: mkOption({ type: types.attrsOf(types.bool), default: {} }),
      line: mkOption({ type: types.str, default: "" }),
    },
  },
  config: ({ config: cfg, config: { web }, lib: l, lib }) => {
    const scheme = web.tls ? "https" : "http";
    const names = Object.keys(cfg.web.sites).sort();
    return {
      web: { sites: { blog: 8080, shop: 8081 }, tls: true },
      out: {
        urls: names.map((n) => `${scheme}://${n}.${web.domain}:${web.sites[n]}`),
        vhosts: l.mapAttrs((name: string, port: number) => `${name}:${port}`, web.sites),
        extra: [...lib.optionals(web.tls, ["acme"]), ...l.optional(!web.tls, "plain")],
        flags: lib.genAttrs(["a", "b"], (n: string) => n === "a"),
        line: l.concatStringsSep(
          " ",
          lib.mapAttrsToList((n: string, p: number) => `${n}=${p}`, web.sites),
        ),
      },
    };
  },
});
