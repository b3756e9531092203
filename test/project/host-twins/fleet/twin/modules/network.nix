{ config, lib, pkgs, ... }:
{
  options.fleet = {
    publicTCPPorts = lib.mkOption { type = lib.types.listOf lib.types.port; default = [ ]; };
    tailscalePort = lib.mkOption { type = lib.types.port; default = 41641; };
    nameservers = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ "1.1.1.1" "9.9.9.9" ]; };
  };
  config = {
    services.tailscale = { enable = true; port = config.fleet.tailscalePort; };
    services.openssh = {
      enable = true;
      openFirewall = false;
      passwordAuthentication = false;
      permitRootLogin = lib.mkForce "no";
    };
    networking.nameservers = lib.mkBefore [ "100.100.100.100" ];
    networking.firewall = {
      enable = true;
      trustedInterfaces = [ "tailscale0" ];
      allowedUDPPorts = [ config.fleet.tailscalePort ];
      allowedTCPPorts = config.fleet.publicTCPPorts;
      checkReversePath = lib.mkDefault "loose";
    };
    environment.systemPackages = [ pkgs.tailscale pkgs.htop ];
  };
}
