{ config, lib, ... }:
{
  options.g = with lib.types; {
    a = lib.mkOption { type = int; default = 0; };
    b = lib.mkOption { type = str; default = ""; };
    c = lib.mkOption { type = listOf int; default = [ ]; };
    sub = {
      x = lib.mkOption { type = int; default = 0; };
      y = lib.mkOption { type = int; default = 0; };
    };
  };
  config = lib.mkMerge [
    { g = lib.mkDefault { a = 1; b = "default"; c = [ 1 ]; }; }
    { g = lib.mkOverride 900 { a = 2; }; }
    { g = { b = "plain"; c = [ 2 ]; }; }
    { g.sub = lib.mkIf (config.g.a == 2) { x = 5; y = lib.mkForce 6; }; }
    (lib.mkIf (config.g.b == "plain") { g.sub.y = 7; g.c = [ 3 ]; })
  ];
}
