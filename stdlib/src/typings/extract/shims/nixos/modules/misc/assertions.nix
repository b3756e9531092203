# tsnix's stand-in for nixpkgs' nixos/modules/misc/assertions.nix, which home-manager imports from `pkgs.path`;
# used only when extracting home-manager options with a lib-only nixpkgs (no nixos/ directory).
{ lib, ... }:
{
  options = {
    assertions = lib.mkOption {
      type = lib.types.listOf lib.types.unspecified;
      internal = true;
      default = [ ];
      description = "Conditions that must hold for the configuration to be built: `{ assertion, message }`.";
    };
    warnings = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      internal = true;
      default = [ ];
      description = "Warnings printed when the configuration is built.";
    };
  };
}
