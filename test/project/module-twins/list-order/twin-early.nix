{ lib, ... }:
{
  imports = [ ./twin-steps.nix ];
  steps = lib.mkBefore [ "early-before" "early-before-2" ];
  script = lib.mkOrder 1200 "echo late";
}
