{ config, lib, ... }:
{
  options.service = {
    enable = lib.mkOption { type = lib.types.bool; default = false; };
    hostName = lib.mkOption { type = lib.types.str; default = "nixos"; };
    openPorts = lib.mkOption { type = lib.types.listOf lib.types.port; default = [ ]; };
    fileSystems = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
  };
  config = lib.mkIf config.service.enable {
    service.openPorts = [ 22 ];
    service.hostName = lib.mkDefault "service-host";
  };
}
