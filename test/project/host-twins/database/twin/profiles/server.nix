{ lib, ... }:
{
  services.openssh = { enable = lib.mkDefault true; permitRootLogin = lib.mkDefault "prohibit-password"; };
  networking.firewall.allowPing = lib.mkDefault false;
  boot.kernel.sysctl = { "vm.swappiness" = lib.mkOverride 900 10; "net.core.somaxconn" = lib.mkDefault 1024; };
  documentation.nixos.enable = lib.mkDefault false;
}
