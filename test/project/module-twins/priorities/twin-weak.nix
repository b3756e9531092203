{ lib, ... }:
{
  imports = [ ./twin-options.nix ];
  level = {
    a = lib.mkDefault 1;
    b = 30;
    c = lib.mkOverride 950 40;
    d = lib.mkOverride 1100 50;
    list = lib.mkDefault [ 9 ];
    map = { one = 100; two = lib.mkDefault 200; three = 3; };
  };
  group = { x = 1; y = 2; };
}
