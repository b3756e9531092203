{ lib, ... }:
{
  options.users = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule { options.uid = lib.mkOption { type = lib.types.int; }; });
    default = { };
  };
  options.groups = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
}
