{ config, lib, pkgs, ... }:
let
  inherit (import ../lib/people.nix) userOf;
  people = config.fleet.people;
  shells = lib.filter (s: s != "bash") (lib.mapAttrsToList (name: p: p.shell) people);
  person = lib.types.submodule {
    options = {
      uid = lib.mkOption { type = lib.types.ints.between 1000 59999; };
      admin = lib.mkOption { type = lib.types.bool; default = false; };
      keys = lib.mkOption { type = lib.types.listOf (lib.types.strMatching "ssh-[a-z0-9]+ [A-Za-z0-9+/=]+( .*)?"); default = [ ]; };
      shell = lib.mkOption { type = lib.types.enum [ "bash" "zsh" "fish" ]; default = "bash"; };
    };
  };
  shellPackage = { bash = pkgs.bashInteractive; zsh = pkgs.zsh; fish = pkgs.fish; };
in
{
  options.fleet = {
    people = lib.mkOption { type = lib.types.attrsOf person; default = { }; };
    extraGroups = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
  };
  config = {
    users.mutableUsers = false;
    users.users = lib.mapAttrs (name: p:
      userOf name p config.fleet.extraGroups // { shell = shellPackage.${p.shell}; }) people;
    programs.zsh.enable = lib.elem "zsh" shells;
    programs.fish.enable = lib.elem "fish" shells;
    security.sudo.wheelNeedsPassword = lib.mkDefault false;
  };
}
