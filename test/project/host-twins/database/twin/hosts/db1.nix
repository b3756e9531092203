{ lib, ... }:
{
  imports = [ ../profiles/server.nix ../modules/postgres.nix ./hardware.nix ];
  networking.hostName = "db1";
  networking.firewall.allowPing = true;
  boot.kernel.sysctl."vm.swappiness" = 1;
  services.openssh.permitRootLogin = lib.mkForce "no";
  homelab.postgres = {
    enable = true;
    port = 5433;
    databases = {
      grafana.networks = [ "10.0.0.10/32" ];
      gitea = { owner = "git"; readers = [ "metabase" ]; networks = [ "10.0.0.11/32" "10.0.1.0/24" ]; };
      scratch.backup = false;
    };
  };
}
