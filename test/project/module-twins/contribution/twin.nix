{ config, ... }:
{
  imports = [ ./twin-photos.nix ./twin-nextcloud.nix ./twin-backup.nix ];
  nextcloud.enable = true;
  photos.enable = true;
  homelab.backup = {
    enable = true;
    paths = [ "/etc/${config.homelab.backup.command}marker" ];
  };
}
