{ lib, ... }:
with lib.types;
let
  listenType = oneOf [ bool port (listOf str) ];
in
{
  options.choice = {
    level = lib.mkOption { type = enum [ "debug" "info" "warn" ]; default = "info"; };
    mixed = lib.mkOption { type = enum [ "auto" 1 2 true null ]; default = null; };
    mixed2 = lib.mkOption { type = enum [ "auto" 1 2 true null ]; default = "auto"; };
    maybe = lib.mkOption { type = nullOr str; default = null; };
    maybePort = lib.mkOption { type = nullOr port; default = null; };
    limit = lib.mkOption { type = either int str; default = "unlimited"; };
    limit2 = lib.mkOption { type = either int str; default = 1; };
    listen = lib.mkOption { type = listenType; default = false; };
    listen2 = lib.mkOption { type = listenType; };
    listen3 = lib.mkOption { type = listenType; };
  };
  config.choice = {
    level = "warn";
    mixed = 2;
    maybePort = 8080;
    limit = 10;
    listen2 = 443;
    listen3 = [ "a" "b" ];
  };
}
