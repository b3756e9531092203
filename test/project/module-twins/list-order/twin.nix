{ lib, ... }:
{
  imports = [ ./twin-steps.nix ./twin-early.nix ];
  steps = lib.mkMerge [ [ "main-1" ] (lib.mkAfter [ "main-after" ]) (lib.mkOrder 600 [ "main-600" ]) [ "main-2" ] ];
  script = lib.mkMerge [ (lib.mkAfter "echo last") "echo middle" (lib.mkOrder 100 "echo first") ];
}
