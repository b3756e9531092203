{ lib, ... }:
{
  imports = [ { name = "other"; } ];
  options.name = lib.mkOption { type = lib.types.str; };
  config.name = "main";
}
