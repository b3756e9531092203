# Hand-written: a small x86_64 box booting with systemd-boot.
{ lib, ... }:
{
  boot.loader.systemd-boot.enable = true;
  boot.loader.efi.canTouchEfiVariables = true;
  boot.initrd.availableKernelModules = [ "nvme" "xhci_pci" "usb_storage" "sd_mod" ];
  boot.kernelModules = [ "kvm-intel" ];
  fileSystems."/" = { device = "/dev/disk/by-uuid/5e1c0c7a-0000-4000-8000-000000000001"; fsType = "ext4"; };
  fileSystems."/boot" = { device = "/dev/disk/by-uuid/ABCD-1234"; fsType = "vfat"; };
  hardware.cpu.intel.updateMicrocode = lib.mkDefault true;
}
