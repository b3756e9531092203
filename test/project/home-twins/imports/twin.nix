{ lib, pkgs, ... }:
{
  imports = [ ./base.nix ];
  config = lib.mkMerge [
    {
      home = { username = "bob"; homeDirectory = "/home/bob"; packages = lib.mkBefore [ pkgs.jq ]; };
      profile.shellAliases = { gs = "git status"; ll = "ls -l"; };
    }
    { home.sessionPath = [ "$HOME/bin" ]; programs.bash.initExtra = lib.mkForce "set -o vi"; }
  ];
}
