# The NixOS option set of a nixpkgs checkout, through its own nixos/lib/eval-config.nix.
{
  lib,
  support,
  nixpkgs,
  extraModules ? [ ],
  ...
}:
let
  # a fixed system keeps the schema the same on every machine
  system = "x86_64-linux";
  evaluated = import (nixpkgs + "/nixos/lib/eval-config.nix") {
    inherit system lib;
    modules = [ (support.extractModule system) ] ++ extraModules;
  };
in
{
  name = "NixOS modules of nixpkgs ${support.libVersion}";
  source = "NixOS modules of nixpkgs ${support.libVersion}${support.packagesNote}";
  inherit (evaluated) options;
  roots = [
    {
      prefix = toString nixpkgs + "/";
      label = "";
    }
  ];
}
