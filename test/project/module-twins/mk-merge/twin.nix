{ config, lib, ... }:
{
  options.app = {
    enable = lib.mkOption { type = lib.types.bool; default = false; };
    debug = lib.mkOption { type = lib.types.bool; default = false; };
    flags = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    env = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
    name = lib.mkOption { type = lib.types.str; default = "app"; };
  };
  config = lib.mkMerge [
    { app.enable = true; app.flags = [ "--base" ]; }
    (lib.mkIf config.app.enable {
      app = lib.mkMerge [
        { flags = [ "--enabled" ]; env.MODE = "on"; }
        (lib.mkIf config.app.debug { flags = [ "--debug" ]; env.LOG = "debug"; })
        (lib.mkIf (!config.app.debug) { env.LOG = "info"; })
      ];
    })
    {
      app.flags = lib.mkMerge [ [ "--a" ] (lib.mkIf config.app.enable [ "--b" ]) [ "--c" ] ];
      app.name = lib.mkMerge [ (lib.mkIf false "other") "merged" ];
    }
  ];
}
