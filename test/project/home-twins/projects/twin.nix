{ config, lib, ... }:
{
  options.profile.projects = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options = {
        dir = lib.mkOption { type = lib.types.str; };
        editor = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; };
      };
    });
    default = { };
  };
  config = {
    home = {
      username = "dan";
      homeDirectory = "/home/dan";
      stateVersion = "25.05";
      shellAliases = lib.mapAttrs' (name: p: lib.nameValuePair "cd-${name}" "cd ${p.dir}") config.profile.projects;
      file = lib.mapAttrs' (name: p: lib.nameValuePair ".projects/${name}" {
        text = "${p.dir}\n${if p.editor == null then "none" else p.editor}";
      }) config.profile.projects;
    };
    profile.projects = { tsnix = { dir = "~/src/tsnix"; editor = "hx"; }; notes.dir = "~/notes"; };
    programs.bash.enable = true;
  };
}
