{ lib, ... }:
{
  options.steps = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
  options.script = lib.mkOption { type = lib.types.lines; default = ""; };
  config.steps = [ "steps-1" ];
  config.script = "echo declared";
}
