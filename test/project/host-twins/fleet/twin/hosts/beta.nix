{ lib, ... }:
{
  imports = [ ../modules/common.nix ./hardware.nix ];
  networking.hostName = "beta";
  networking.firewall.checkReversePath = "strict";
  fleet.tailscalePort = 41642;
  security.sudo.wheelNeedsPassword = lib.mkForce true;
}
