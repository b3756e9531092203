{ lib, ... }:
{
  options.web = {
    domain = lib.mkOption { type = lib.types.str; default = "example.org"; };
    sites = lib.mkOption { type = lib.types.attrsOf lib.types.port; default = { }; };
    tls = lib.mkOption { type = lib.types.bool; default = false; };
  };
}
