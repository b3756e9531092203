# server-arm's hardware: an aarch64 board (Raspberry Pi 4 class) booting with extlinux from an SD card.
{ ... }:
{
  boot.loader.grub.enable = false;
  boot.loader.generic-extlinux-compatible.enable = true;
  fileSystems."/" = {
    device = "/dev/disk/by-label/NIXOS_SD";
    fsType = "ext4";
  };
}
