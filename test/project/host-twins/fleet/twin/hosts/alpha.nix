{ ... }:
{
  imports = [ ../modules/common.nix ./hardware.nix ];
  networking.hostName = "alpha";
  fleet = {
    publicTCPPorts = [ 80 443 ];
    people.carol = { uid = 1002; shell = "fish"; keys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICarolKeyForTwinsOnly carol" ]; };
    extraGroups = [ "docker" ];
  };
  services.nginx.enable = true;
}
