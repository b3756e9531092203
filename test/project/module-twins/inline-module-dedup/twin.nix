{ lib, ... }:
let
  inherit (import ./twin-shared.nix { inherit lib; }) counters;
  local = {
    key = "main#local";
    imports = [ counters ];
    options.local = lib.mkOption { type = lib.types.int; default = 1; };
    config.counters.hits = [ 100 ];
  };
in
{
  imports = [ ./twin-left.nix local ./twin-right.nix local counters ];
  local = 2;
}
