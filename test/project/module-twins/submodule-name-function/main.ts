// attrsOf of a function-form submodule: option defaults and the submodule's config read the attribute name.
import { defineModule, mkOption, types } from "tsnix";

export default defineModule({
  options: {
    sites: mkOption({
      type: types.attrsOf(
        types.submodule(({ name }) => ({
          options: {
            host: mkOption({ type: types.str, default: `${name}.example.org` }),
            root: mkOption({ type: types.str, default: `/srv/${name}` }),
            port: mkOption({ type: types.port, default: 80 }),
            aliases: mkOption({ type: types.listOf(types.str), default: [] }),
          },
          config: { aliases: [`www.${name}`] },
        })),
      ),
      default: {},
    }),
  },
  config: {
    sites: {
      blog: {},
      shop: { port: 8443, aliases: ["store"] },
      wiki: { host: "wiki.internal" },
    },
  },
});
