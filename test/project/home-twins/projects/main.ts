// Options as a set of submodules (projects by name), each becoming a file and an alias.
import { defineHome, mkOption, types } from "tsnix";

export default defineHome({
  options: {
    profile: {
      projects: mkOption({
        type: types.attrsOf(
          types.submodule({
            options: {
              dir: mkOption({ type: types.str }),
              editor: mkOption({ type: types.nullOr(types.str), default: null }),
            },
          }),
        ),
        default: {},
      }),
    },
  },
  config: ({ config }) => ({
    home: {
      username: "dan",
      homeDirectory: "/home/dan",
      stateVersion: "25.05",
      shellAliases: Object.fromEntries(
        Object.entries(config.profile.projects).map(([name, p]) => [`cd-${name}`, `cd ${p.dir}`]),
      ),
      file: Object.fromEntries(
        Object.entries(config.profile.projects).map(([name, p]) => [
          `.projects/${name}`,
          { text: `${p.dir}\n${p.editor ?? "none"}` },
        ]),
      ),
    },
    profile: { projects: { tsnix: { dir: "~/src/tsnix", editor: "hx" }, notes: { dir: "~/notes" } } },
    programs: { bash: { enable: true } },
  }),
});
