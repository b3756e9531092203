// Package options: mkEnableOption, mkPackageOption (default by name, by attribute path, with an example; `pkgs`
// from the options' own module arguments), and package / listOf package options defined with pkgs' packages and
// builders.
import { defineModule, mkEnableOption, mkIf, mkOption, mkPackageOption, types } from "tsnix";

export default defineModule({
  options: ({ pkgs }) => ({
    tools: {
      enable: mkEnableOption("the tools"),
      extra: mkEnableOption("extra tools"),
      git: mkPackageOption(pkgs, "git", {}),
      requests: mkPackageOption(pkgs, "requests", { default: ["python3Packages", "requests"] }),
      ripgrep: mkPackageOption(pkgs, "ripgrep", { example: "pkgs.ripgrep" }),
      curl: mkPackageOption(pkgs, "curl"),
      shell: mkOption({ type: types.package }),
      all: mkOption({ type: types.listOf(types.package), default: [] }),
      storePath: mkOption({ type: types.package, default: "/nix/store/00000000000000000000000000000000-x" }),
    },
  }),
  config: ({ config, pkgs }) => ({
    tools: {
      enable: true,
      curl: pkgs.hello,
      shell: pkgs.writeShellScriptBin("hi", "echo hi"),
      all: mkIf(config.tools.enable, [config.tools.git, pkgs.jq, pkgs.writeText("motd", "welcome")]),
    },
  }),
});
