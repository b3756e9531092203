# A hand-written module that both the host and its twin import.
{ lib, ... }:
{
  service.fileSystems."/" = "/dev/sda1";
  service.fileSystems."/boot" = lib.mkDefault "/dev/sda2";
}
