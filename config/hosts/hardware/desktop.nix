# desktop's hardware: an AMD machine with an AMD GPU, booting with systemd-boot.
{ ... }:
{
  boot.loader.systemd-boot.enable = true;
  boot.initrd.availableKernelModules = [
    "nvme"
    "xhci_pci"
    "ahci"
    "usbhid"
  ];
  boot.kernelModules = [ "kvm-amd" ];
  hardware.graphics.enable = true;
  fileSystems."/" = {
    device = "/dev/disk/by-label/nixos";
    fsType = "ext4";
  };
  fileSystems."/boot" = {
    device = "/dev/disk/by-label/boot";
    fsType = "vfat";
  };
}
