{ lib, ... }:
{
  options.port = lib.mkOption { type = lib.types.port; default = 80; };
  options.ok = lib.mkOption { type = lib.types.int; default = 1; };
  config.port = 70000;
}
