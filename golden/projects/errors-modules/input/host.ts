// Module arguments must be destructured without defaults; path() needs an existing file named by a literal.
import { defineHost, defineModule, path } from "tsnix";

const file = "./missing.nix";
const m1 = defineModule({ config: (args) => ({ networking: { hostName: "x" } }) });
const m2 = defineModule({ config: ({ pkgs = {} }) => ({ environment: { variables: { A: "1" } } }) });

export default defineHost({
  system: "x86_64-linux",
  modules: [m1, m2, path("./missing.nix"), path(file)],
});
