{ lib, ... }:
{
  services.openssh = {
    enable = true;
    passwordAuthentication = false;
    permitRootLogin = lib.mkDefault "no";
  };
  networking.firewall = { enable = true; logRefusedConnections = false; };
  users.mutableUsers = false;
  users.users.admin = {
    isNormalUser = true;
    extraGroups = [ "wheel" ];
    openssh.authorizedKeys.keys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHostTwinsAdminKeyOnlyForTests admin" ];
  };
  security.sudo.wheelNeedsPassword = false;
  time.timeZone = lib.mkDefault "UTC";
}
