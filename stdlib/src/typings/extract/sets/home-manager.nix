# The home-manager option set of a checkout, evaluated the way home-manager's modules/default.nix does it, minus the
# parts that need a configuration (assertions, warnings, the activation package).
{
  lib,
  support,
  nixpkgs,
  homeManager,
  extraModules ? [ ],
  ...
}:
let
  system = "x86_64-linux";
  hmLib = import (homeManager + "/modules/lib/stdlib-extended.nix") lib;
  # home-manager imports nixos/modules/misc/{assertions,meta}.nix from `pkgs.path`: a lib-only nixpkgs has no nixos/,
  # so tsnix's stand-ins take their place
  nixosModulesRoot = if support.hasPackages then nixpkgs else toString ../shims;
  modules = import (homeManager + "/modules/modules.nix") {
    lib = hmLib;
    check = false;
    # only `path` and the system are read while listing modules; modules get `pkgs` from support.extractModule
    pkgs = {
      path = nixosModulesRoot;
      stdenv.hostPlatform.system = system;
    };
  };
  evaluated = hmLib.evalModules (
    support.evalArgs {
      modules = modules ++ [ (support.extractModule system) ] ++ extraModules;
      class = "homeManager";
      specialArgs.modulesPath = toString (homeManager + "/modules");
    }
  );
  releaseFile = homeManager + "/release.json";
  release =
    if builtins.pathExists releaseFile then
      (builtins.fromJSON (builtins.readFile releaseFile)).release or "unknown"
    else
      "unknown";
in
{
  name = "home-manager ${release} modules";
  source = "home-manager ${release} modules, with nixpkgs lib ${support.libVersion}${support.packagesNote}";
  inherit (evaluated) options;
  roots = [
    {
      prefix = toString homeManager + "/";
      label = "";
    }
    {
      prefix = toString nixosModulesRoot + "/";
      label = if support.hasPackages then "<nixpkgs>/" else "<tsnix-stand-in>/";
    }
  ];
}
