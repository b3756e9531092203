{
  imports = [ ./twin-common.nix ./twin-alpha.nix ];
  common.users = [ "bob" ];
  common.motd = "beta was here";
}
