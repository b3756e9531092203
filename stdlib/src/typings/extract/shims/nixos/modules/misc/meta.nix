# tsnix's stand-in for nixpkgs' nixos/modules/misc/meta.nix, which home-manager imports from `pkgs.path`;
# used only when extracting home-manager options with a lib-only nixpkgs (no nixos/ directory).
{ lib, ... }:
let
  inherit (lib) mkOption types;
in
{
  options.meta = {
    maintainers = mkOption {
      type = types.listOf types.raw;
      internal = true;
      default = [ ];
      description = "Maintainers of the module.";
    };
    teams = mkOption {
      type = types.listOf types.raw;
      internal = true;
      default = [ ];
      description = "Teams maintaining the module.";
    };
    doc = mkOption {
      type = types.raw;
      internal = true;
      description = "Documentation prologue of the module (a file).";
    };
    buildDocsInSandbox = mkOption {
      type = types.bool;
      internal = true;
      default = true;
      description = "Whether the module's documentation builds in a sandbox.";
    };
  };
}
