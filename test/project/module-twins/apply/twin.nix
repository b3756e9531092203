{ config, lib, ... }:
{
  options.applied = with lib.types; {
    ports = lib.mkOption { type = listOf port; default = [ ]; apply = map (p: p + 1); };
    name = lib.mkOption { type = str; default = "tsnix"; apply = lib.toUpper; };
    count = lib.mkOption { type = attrsOf int; default = { }; apply = m: builtins.length (builtins.attrNames m); };
    joined = lib.mkOption { type = listOf str; apply = lib.concatStringsSep ","; };
    summary = lib.mkOption { type = str; };
  };
  config.applied = {
    ports = [ 80 443 ];
    count = { a = 1; b = 2; c = 3; };
    joined = [ "x" "y" ];
    summary =
      let a = config.applied; in "${a.name}:${toString a.count}:${toString (builtins.head a.ports)}:${a.joined}";
  };
}
