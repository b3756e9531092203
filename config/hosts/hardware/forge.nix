# forge's hardware: an x86_64 server with its system on NVMe and a ZFS pool `tank` for services and media.
{ ... }:
{
  boot.loader.systemd-boot.enable = true;
  boot.initrd.availableKernelModules = [
    "nvme"
    "xhci_pci"
    "ahci"
    "sd_mod"
  ];
  boot.kernelModules = [ "kvm-intel" ];
  boot.zfs.extraPools = [ "tank" ];
  networking.hostId = "8425e349";
  fileSystems."/" = {
    device = "/dev/disk/by-label/nixos";
    fsType = "ext4";
  };
  fileSystems."/boot" = {
    device = "/dev/disk/by-label/boot";
    fsType = "vfat";
  };
}
