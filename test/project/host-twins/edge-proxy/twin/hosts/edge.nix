{ lib, ... }:
{
  imports = [ ../modules/base.nix ../modules/proxy.nix ./hardware.nix ];
  networking.hostName = "edge";
  homelab.proxy = {
    enable = true;
    domain = "lab.example.net";
    sites = {
      grafana = { port = 3000; public = true; };
      wiki = { port = 8080; subdomain = "docs"; extraLocations."/static/" = "expires 7d;"; };
      jellyfin = { port = 8096; public = true; };
    };
  };
  services.openssh.permitRootLogin = lib.mkForce "prohibit-password";
  time.timeZone = "Europe/Berlin";
}
