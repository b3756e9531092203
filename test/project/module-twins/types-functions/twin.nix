{ config, lib, ... }:
{
  imports = [ ./twin-extra.nix ];
  options.fn = with lib.types; {
    greet = lib.mkOption { type = functionTo str; default = name: "hello ${name}"; };
    packages = lib.mkOption { type = functionTo (listOf str); default = _: [ ]; };
    greeting = lib.mkOption { type = str; };
    selected = lib.mkOption { type = listOf str; };
  };
  config.fn = {
    packages = set: [ set.base "main" ];
    greeting = config.fn.greet "world";
    selected = config.fn.packages { base = "coreutils"; };
  };
}
