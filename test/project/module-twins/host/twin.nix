{ config, lib, ... }:
{
  imports = [ ./twin-service.nix ./hardware.nix ];
  service = {
    enable = true;
    hostName = "frame1";
    openPorts = if config.service.hostName == "frame1" then [ 80 443 ] else [ ];
    fileSystems."/boot" = lib.mkForce "/dev/nvme0n1p1";
  };
}
