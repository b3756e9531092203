# Evaluates a flake without `nix flake`: each input's flake.nix `outputs` is called with its own inputs (as flake.lock
# would resolve them, `follows` included), the way flake-compat does it. The inputs are the fixtures' real code;
# flake-utils, flake-compat and nix-github-actions are stand-ins (flake-stubs/). Copying the 176 MB nixpkgs fixture into
# the store, which every `nix flake` evaluation does (15–40 s, more on a busy machine), is avoided.
#
# `hybrid` is the same flake with a nixpkgs whose `lib` is the current one (nixpkgs-lib fixture) beside 20.09's
# packages (and the few things newer modules read, see nixpkgs-view.ts), for the inputs that refuse 20.09's lib:
# home-manager (homeConfigurations) and nix-darwin.
{
  fixtures,
  flake,
  nixpkgsView,
}:
let
  callFlake =
    src: inputs:
    let
      outputs = (import (src + "/flake.nix")).outputs (inputs // { self = result; });
      result = outputs // {
        outPath = src;
        inherit inputs outputs;
        _type = "flake";
        lastModified = 0;
        lastModifiedDate = "19700101000000";
      };
    in
    result;
  fixture = name: fixtures + "/${name}";
  stub = name: ./flake-stubs + "/${name}";

  nixpkgs = callFlake (fixture "nixpkgs-20.09") { };
  currentLib = import (fixture "nixpkgs-lib/lib");
  hybridNixpkgs = nixpkgs // {
    # nix-darwin imports its nixpkgs input's source: the view, which adds what newer modules read
    outPath = nixpkgsView;
    lib = nixpkgs.lib // currentLib;
    legacyPackages = builtins.mapAttrs (
      system: _:
      import nixpkgsView { inherit system; }
      // {
        lib = currentLib;
      }
    ) nixpkgs.legacyPackages;
  };
  flake-utils = callFlake (stub "flake-utils") { };
  flake-compat = {
    outPath = stub "flake-compat";
  };
  nix-github-actions = callFlake (stub "nix-github-actions") { };

  inputsWith =
    nixpkgs:
    let
      inputs = {
        inherit nixpkgs flake-utils flake-compat;
        home-manager = callFlake (fixture "home-manager") { inherit nixpkgs; };
        nix-darwin = callFlake (fixture "nix-darwin") { inherit nixpkgs; };
        sops-nix = callFlake (fixture "sops-nix") { inherit nixpkgs; };
        disko = callFlake (fixture "disko") { inherit nixpkgs; };
        deploy-rs = callFlake (fixture "deploy-rs") {
          inherit nixpkgs flake-compat;
          utils = flake-utils;
        };
        colmena = callFlake (fixture "colmena") {
          inherit
            nixpkgs
            flake-utils
            flake-compat
            nix-github-actions
            ;
          stable = nixpkgs;
        };
      };
    in
    inputs;
in
{
  self = callFlake flake (inputsWith nixpkgs);
  hybrid = callFlake flake (inputsWith hybridNixpkgs);
  inherit nixpkgs;
}
