{
  imports = [ ./twin-common.nix ];
  common.users = [ "alice" ];
  common.motd = "alpha was here";
}
