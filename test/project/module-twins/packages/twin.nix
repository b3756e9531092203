{ config, lib, pkgs, ... }:
{
  options.tools = {
    enable = lib.mkEnableOption "the tools";
    extra = lib.mkEnableOption "extra tools";
    git = lib.mkPackageOption pkgs "git" { };
    requests = lib.mkPackageOption pkgs "requests" { default = [ "python3Packages" "requests" ]; };
    ripgrep = lib.mkPackageOption pkgs "ripgrep" { example = "pkgs.ripgrep"; };
    curl = lib.mkPackageOption pkgs "curl" { };
    shell = lib.mkOption { type = lib.types.package; };
    all = lib.mkOption { type = lib.types.listOf lib.types.package; default = [ ]; };
    storePath = lib.mkOption { type = lib.types.package; default = "/nix/store/00000000000000000000000000000000-x"; };
  };
  config.tools = {
    enable = true;
    curl = pkgs.hello;
    shell = pkgs.writeShellScriptBin "hi" "echo hi";
    all = lib.mkIf config.tools.enable [ config.tools.git pkgs.jq (pkgs.writeText "motd" "welcome") ];
  };
}
