{ config, lib, pkgs, ... }:
{
  options.profile = {
    editor = lib.mkOption { type = lib.types.enum [ "vim" "helix" ]; default = "helix"; };
    email = lib.mkOption { type = lib.types.str; description = "Where mail for this profile goes."; };
  };
  config = {
    home = {
      username = "alice";
      homeDirectory = "/home/alice";
      stateVersion = "25.05";
      packages = [ pkgs.ripgrep pkgs.fd ];
      sessionVariables = { EDITOR = if config.profile.editor == "helix" then "hx" else "vim"; PAGER = "less"; };
    };
    profile.email = "alice@example.org";
    programs.zsh = lib.mkIf (config.profile.editor == "helix") { enable = true; initContent = "bindkey -e"; };
    programs.bash = { enable = true; shellAliases.ll = "ls -l"; initExtra = "export EDITOR_NAME=${config.profile.editor}\nexport EMAIL=${config.profile.email}"; };
  };
}
