{ lib, ... }:
with lib.types;
{
  imports = [ ./twin-second.nix ];
  options.coll = {
    matrix = lib.mkOption { type = listOf (listOf int); default = [ ]; };
    some = lib.mkOption { type = nonEmptyListOf str; default = [ "x" ]; };
    tags = lib.mkOption { type = attrsOf (listOf str); default = { }; };
    lazy = lib.mkOption { type = lazyAttrsOf int; default = { }; };
    nested = lib.mkOption { type = attrsOf (attrsOf bool); default = { }; };
    shallow = lib.mkOption { type = attrs; default = { }; };
    deep = lib.mkOption { type = anything; default = { }; };
    raw = lib.mkOption { type = raw; };
  };
  config.coll = {
    matrix = [ [ 1 2 ] [ ] ];
    some = [ "first" ];
    tags = { web = [ "http" ]; db = [ ]; };
    lazy.a = 1;
    nested.x.on = true;
    shallow = { a.keep = 1; b = 1; };
    deep = { settings = { a = 1; list = [ 1 ]; }; name = "n"; same = true; same2 = [ "x" ]; };
    raw.anything = [ "goes" 1 null { here = true; } ];
  };
}
