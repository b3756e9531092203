{ config, lib, ... }:
{
  options.web = {
    enable = lib.mkOption { type = lib.types.bool; default = false; };
    tls = lib.mkOption { type = lib.types.bool; default = true; };
    port = lib.mkOption { type = lib.types.port; default = 80; };
    ports = lib.mkOption { type = lib.types.listOf lib.types.port; default = [ ]; };
    headers = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
    motd = lib.mkOption { type = lib.types.str; default = "none"; };
  };
  config.web = {
    enable = true;
    port = lib.mkIf config.web.tls 443;
    ports = lib.mkIf config.web.enable [ config.web.port 8080 ];
    headers = lib.mkIf config.web.enable {
      scheme = lib.mkIf config.web.tls "https";
      plain = lib.mkIf (!config.web.tls) "yes";
      server = "tsnix";
    };
    motd = lib.mkIf false "never";
  };
}
