{ lib, ... }:
with lib.types;
{
  options.d = {
    unset = lib.mkOption { type = str; default = "default"; };
    set = lib.mkOption { type = str; default = "default"; };
    weak = lib.mkOption { type = str; default = "default"; };
    list = lib.mkOption { type = listOf int; default = [ 1 2 ]; };
    map = lib.mkOption { type = attrsOf int; default = { a = 1; b = 2; }; };
    entries = lib.mkOption {
      type = attrsOf (submodule {
        options = {
          size = lib.mkOption { type = int; default = 10; };
          name = lib.mkOption { type = nullOr str; default = null; };
        };
      });
      default = { preset.size = 1; };
    };
    unusedEntries = lib.mkOption {
      type = attrsOf (submodule { options.size = lib.mkOption { type = int; default = 10; }; });
      default = { preset.size = 1; };
    };
    noDefault = lib.mkOption { type = listOf str; };
    emptyList = lib.mkOption { type = listOf str; default = [ ]; };
  };
  config.d = {
    set = "defined";
    weak = lib.mkDefault "mkDefault";
    list = [ 3 ];
    map.c = 3;
    entries = { custom = { }; named.name = "n"; };
    noDefault = [ ];
  };
}
