{ config, lib, pkgs, ... }:
{
  options.profile.shellAliases = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
  config = {
    home = {
      username = lib.mkDefault "user";
      homeDirectory = lib.mkDefault "/home/user";
      stateVersion = "25.05";
      packages = [ pkgs.htop ];
      sessionPath = [ "$HOME/.local/bin" ];
    };
    programs.bash = { enable = true; shellAliases = config.profile.shellAliases; };
  };
}
