{ config, lib, ... }:
{
  imports = [ ./twin-system.nix ];
  options.banner = lib.mkOption { type = lib.types.str; default = ""; };
  config.banner = "v${config.system.version} with ${lib.concatStringsSep "+" config.system.features}";
}
