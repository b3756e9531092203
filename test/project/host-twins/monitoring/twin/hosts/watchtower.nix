{ ... }:
{
  imports = [ ../modules/monitoring.nix ./hardware.nix ];
  networking.hostName = "watchtower";
  networking.firewall.allowedTCPPorts = [ 22 ];
  services.openssh.enable = true;
  homelab.monitoring = {
    enable = true;
    retention = "30d";
    hostLabel = "watchtower";
    grafanaPort = 3001;
    targets = {
      router = { host = "10.0.0.1"; port = 9100; labels.role = "router"; };
      nas = { host = "10.0.0.5"; port = 9100; labels = { role = "storage"; rack = "a"; }; interval = "30s"; };
    };
  };
}
