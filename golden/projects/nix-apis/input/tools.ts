// Packages, the trivial builders, lib and builtins, all typed and called as Nix calls them.
import { builtins, defineHost, path } from "tsnix";

const extraTools = true;

export default defineHost({
  system: "x86_64-linux",
  config: ({ pkgs, lib }) => ({
    environment: {
      systemPackages: [
        pkgs.git,
        pkgs["nixfmt-rfc-style"],
        pkgs.writeShellScriptBin("hello", "echo hello from $(hostname)"),
        ...lib.optionals(extraTools, [pkgs.htop, pkgs.jq]),
      ],
      etc: {
        "motd": { text: builtins.readFile(path("./motd.txt")) },
        "tools.json": { source: pkgs.writeText("tools.json", builtins.toJSON({ extraTools })) },
      },
    },
    networking: { hostName: lib.toLower("TOOLS") },
  }),
});
