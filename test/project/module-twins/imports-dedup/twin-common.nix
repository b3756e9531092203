{ lib, ... }:
{
  options.common = {
    users = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    motd = lib.mkOption { type = lib.types.lines; default = ""; };
  };
  config.common.users = [ "root" ];
}
