# Hand-written: the cloud VMs of the fleet (same image everywhere).
{ modulesPath, ... }:
{
  imports = [ (modulesPath + "/profiles/qemu-guest.nix") (modulesPath + "/profiles/headless.nix") ];
  boot.loader.grub.device = "/dev/sda";
  boot.initrd.availableKernelModules = [ "virtio_scsi" "virtio_pci" ];
  fileSystems."/" = { device = "/dev/sda1"; fsType = "ext4"; autoResize = true; };
  services.qemuGuest.enable = true;
}
