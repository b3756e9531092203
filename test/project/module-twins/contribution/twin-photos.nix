{ config, lib, ... }:
{
  imports = [ ./twin-backup.nix ];
  options.photos.enable = lib.mkOption { type = lib.types.bool; default = false; };
  config = lib.mkIf config.photos.enable {
    homelab.backup.paths = lib.mkAfter [ "/srv/photos" ];
    homelab.backup.jobs.photos = "rsync /srv/photos";
  };
}
