{ config, lib, ... }:
{
  imports = [ ./twin-backup.nix ];
  options.nextcloud.enable = lib.mkOption { type = lib.types.bool; default = false; };
  config.homelab.backup = {
    paths = lib.mkIf config.nextcloud.enable [ "/var/lib/nextcloud" ];
    exclude = lib.mkIf config.nextcloud.enable [ "/var/lib/nextcloud/cache" ];
  };
}
