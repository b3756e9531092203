// A machine's home: the shared base with its defaults overridden, ordered additions and forced values.
import { defineHome, mkBefore, mkForce, mkMerge } from "tsnix";
import base from "./base";

export default defineHome({
  imports: [base],
  config: ({ pkgs }) =>
    mkMerge([
      {
        home: { username: "bob", homeDirectory: "/home/bob", packages: mkBefore([pkgs.jq]) },
        profile: { shellAliases: { gs: "git status", ll: "ls -l" } },
      },
      { home: { sessionPath: ["$HOME/bin"] }, programs: { bash: { initExtra: mkForce("set -o vi") } } },
    ]),
});
