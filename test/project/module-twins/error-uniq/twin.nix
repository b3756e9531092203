{ lib, ... }:
{
  imports = [ { code = 7; } ];
  options.code = lib.mkOption { type = lib.types.unique { message = "Set the code in one module only."; } lib.types.int; };
  config.code = 7;
}
