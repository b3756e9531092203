{ config, lib, ... }:
{
  imports = [ ./people.nix ./network.nix ];
  fleet.people = {
    alice = { uid = 1000; admin = true; keys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAliceKeyForTwinsOnly alice" ]; shell = "zsh"; };
    bob = { uid = 1001; keys = [ "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBobKeyForTwinsOnly bob" ]; };
  };
  fleet.nameservers = [ "1.1.1.1" ];
  networking.nameservers = lib.mkOrder 1200 config.fleet.nameservers;
  time.timeZone = "UTC";
  i18n.defaultLocale = "en_US.UTF-8";
}
