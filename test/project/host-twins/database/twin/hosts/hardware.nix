# Hand-written: a VM with a separate data disk for the database.
{ modulesPath, ... }:
{
  imports = [ (modulesPath + "/profiles/qemu-guest.nix") ];
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/" = { device = "/dev/vda1"; fsType = "ext4"; };
  fileSystems."/var/lib/postgresql" = { device = "/dev/vdb1"; fsType = "xfs"; options = [ "noatime" ]; };
}
