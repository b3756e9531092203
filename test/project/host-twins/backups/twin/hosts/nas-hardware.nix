# Hand-written: a NAS with a mirrored data pool mounted at /srv.
{ ... }:
{
  boot.loader.systemd-boot.enable = true;
  boot.initrd.availableKernelModules = [ "ahci" "sd_mod" ];
  boot.initrd.mdadmConf = "ARRAY /dev/md0 metadata=1.2 name=nas:0";
  fileSystems."/" = { device = "/dev/disk/by-label/root"; fsType = "ext4"; };
  fileSystems."/boot" = { device = "/dev/disk/by-label/EFI"; fsType = "vfat"; };
  fileSystems."/srv" = { device = "/dev/md0"; fsType = "ext4"; };
}
