{ lib, ... }:
{
  imports = [ ./twin-options.nix ./twin-weak.nix ];
  level = {
    a = 2;
    b = lib.mkForce 3;
    c = lib.mkOverride 900 4;
    d = lib.mkDefault 5;
    e = lib.mkOptionDefault "option default";
    list = [ 2 3 ];
    map = { one = lib.mkForce 1; two = 2; };
  };
  group = lib.mkForce { x = 10; y = 20; };
}
