{ lib, ... }:
let
  endpoint = lib.types.submodule {
    options = {
      host = lib.mkOption { type = lib.types.str; };
      port = lib.mkOption { type = lib.types.port; default = 443; };
    };
  };
in
{
  options.cluster = {
    nodes = lib.mkOption {
      type = lib.types.listOf (lib.types.submodule {
        options = {
          name = lib.mkOption { type = lib.types.str; };
          endpoints = lib.mkOption { type = lib.types.listOf endpoint; default = [ ]; };
        };
      });
      default = [ ];
    };
    zones = lib.mkOption { type = lib.types.attrsOf (lib.types.attrsOf endpoint); default = { }; };
    primary = lib.mkOption { type = lib.types.nullOr endpoint; default = null; };
    backup = lib.mkOption { type = lib.types.nullOr endpoint; default = null; };
    settings = lib.mkOption {
      type = lib.types.submodule {
        options = {
          retries = lib.mkOption { type = lib.types.int; default = 3; };
          tags = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
          inner = lib.mkOption {
            type = lib.types.submodule { options.depth = lib.mkOption { type = lib.types.int; default = 2; }; };
            default = { };
          };
        };
      };
      default = { };
    };
  };
  config.cluster = {
    nodes = [
      { name = "a"; endpoints = [ { host = "a1"; } { host = "a2"; port = 8443; } ]; }
      { name = "b"; }
    ];
    zones = { eu.fra.host = "fra.example"; us.nyc = { host = "nyc.example"; port = 1; }; };
    primary.host = "primary.example";
    settings = { tags = [ "one" ]; inner.depth = 5; };
  };
}
