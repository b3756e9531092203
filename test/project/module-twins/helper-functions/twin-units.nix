{ lib, ... }:
{
  options.units = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options = {
        description = lib.mkOption { type = lib.types.str; };
        after = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
        environment = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
      };
    });
    default = { };
  };
  options.hosts = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
}
