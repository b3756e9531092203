{ lib }:
rec {
  counters = {
    key = "shared#counters";
    options.counters.hits = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ ]; };
    config.counters.hits = [ 0 ];
  };
  labels = {
    key = "shared#labels";
    imports = [ counters ];
    options.labels = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
    config = {
      labels.shared = "yes";
      counters.hits = [ 1 ];
    };
  };
}
