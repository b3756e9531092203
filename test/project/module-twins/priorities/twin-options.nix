{ lib, ... }:
{
  options.level = {
    a = lib.mkOption { type = lib.types.int; default = 0; };
    b = lib.mkOption { type = lib.types.int; default = 0; };
    c = lib.mkOption { type = lib.types.int; default = 0; };
    d = lib.mkOption { type = lib.types.int; default = 0; };
    e = lib.mkOption { type = lib.types.str; };
    list = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 0 ]; };
    map = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; };
  };
  options.group = {
    x = lib.mkOption { type = lib.types.int; };
    y = lib.mkOption { type = lib.types.int; };
  };
}
