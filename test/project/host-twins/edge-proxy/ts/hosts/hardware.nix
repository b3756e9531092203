# Hand-written, as nixos-generate-config would write it.
{ lib, modulesPath, ... }:
{
  imports = [ (modulesPath + "/profiles/qemu-guest.nix") ];
  boot.initrd.availableKernelModules = [ "ahci" "xhci_pci" "virtio_pci" "sd_mod" ];
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/" = { device = "/dev/disk/by-label/nixos"; fsType = "ext4"; };
  swapDevices = [ ];
  nix.maxJobs = lib.mkDefault 2;
}
