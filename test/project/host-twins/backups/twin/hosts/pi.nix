{ ... }:
{
  imports = [ ../modules/backup.nix ./pi-hardware.nix ];
  networking.hostName = "pi";
  services.openssh.enable = true;
  homelab.backup = {
    enable = true;
    hostName = "pi";
    paths = [ "/var/lib/home-assistant" ];
    s3 = { bucket = "pi-backups"; credentialsFile = "/etc/restic/s3.env"; };
  };
}
