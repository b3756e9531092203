{ lib, ... }:
let
  shared = import ./twin-shared.nix { inherit lib; };
in
{
  imports = [ shared.counters shared.labels ];
  counters.hits = [ 10 ];
  labels.left = "l";
}
