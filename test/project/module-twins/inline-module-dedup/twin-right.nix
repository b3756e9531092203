{ lib, ... }:
{
  imports = [ (import ./twin-shared.nix { inherit lib; }).labels ];
  counters.hits = [ 20 ];
  labels.right = "r";
}
