// path(): hand-written .nix modules in imports (relative to the .ts file), and path values as option values.
import { defineModule, mkOption, path, types } from "tsnix";

export default defineModule({
  imports: [path("./nix/extra.nix")],
  options: {
    paths: {
      files: mkOption({ type: types.listOf(types.path), default: [] }),
      config: mkOption({ type: types.path }),
      maybe: mkOption({ type: types.nullOr(types.path), default: null }),
    },
  },
  config: {
    paths: { files: [path("./main.ts"), "/etc/passwd"], config: path("./nix/extra.nix") },
    extra: { motd: "from main.ts" },
  },
});
