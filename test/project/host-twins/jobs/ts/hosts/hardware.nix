# Hand-written: an old laptop repurposed as a job runner.
{ lib, ... }:
{
  boot.loader.grub.device = "/dev/sda";
  boot.initrd.availableKernelModules = [ "ehci_pci" "ahci" "usb_storage" "sd_mod" ];
  fileSystems."/" = { device = "/dev/disk/by-label/nixos"; fsType = "ext4"; };
  services.logind.lidSwitch = "ignore";
  powerManagement.cpuFreqGovernor = lib.mkDefault "powersave";
  documentation.enable = false;
}
