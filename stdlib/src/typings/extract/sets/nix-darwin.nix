# The nix-darwin option set of a checkout. Its eval-config.nix changed signature several times (curried on `lib`,
# then not; a release check that rejects a mismatched nixpkgs), so this does what every version of it does:
# lib.evalModules over modules/module-list.nix with `modulesPath` and the module arguments it sets.
{
  lib,
  support,
  nixpkgs,
  darwin,
  extraModules ? [ ],
  ...
}:
let
  system = "aarch64-darwin";
  baseModules = import (darwin + "/modules/module-list.nix");
  argsModule = {
    _file = "<tsnix extract>";
    _module.args = {
      inherit baseModules;
      modules = [ ];
      inputs = lib.mkOptionDefault (throw "tsnix: flake inputs are not available while extracting options");
    };
  };
  evaluated = lib.evalModules (
    support.evalArgs {
      modules = baseModules ++ [
        argsModule
        (support.extractModule system)
      ]
      ++ extraModules;
      class = "darwin";
      specialArgs.modulesPath = toString (darwin + "/modules");
    }
  );
  versionFile = darwin + "/version.json";
  release =
    if builtins.pathExists versionFile then
      (builtins.fromJSON (builtins.readFile versionFile)).release or "unknown"
    else
      "unknown";
in
{
  name = "nix-darwin ${release} modules";
  source = "nix-darwin ${release} modules, with nixpkgs lib ${support.libVersion}${support.packagesNote}";
  inherit (evaluated) options;
  roots = [
    {
      prefix = toString darwin + "/";
      label = "";
    }
  ]
  ++ lib.optional (nixpkgs != "") {
    prefix = toString nixpkgs + "/";
    label = "<nixpkgs>/";
  };
}
