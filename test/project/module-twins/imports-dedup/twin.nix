{
  imports = [ ./twin-alpha.nix ./twin-common.nix ./twin-beta.nix ./twin-alpha.nix ];
  common.users = [ "main" ];
}
