{ config, lib, ... }:
let
  inherit (config) web;
  scheme = if web.tls then "https" else "http";
  names = lib.sort (a: b: a < b) (builtins.attrNames config.web.sites);
in
{
  imports = [ ./twin-settings.nix ];
  options.out = with lib.types; {
    urls = lib.mkOption { type = listOf str; default = [ ]; };
    vhosts = lib.mkOption { type = attrsOf str; default = { }; };
    extra = lib.mkOption { type = listOf str; default = [ ]; };
    flags = lib.mkOption { type = attrsOf bool; default = { }; };
    line = lib.mkOption { type = str; default = ""; };
  };
  config = {
    web = { sites = { blog = 8080; shop = 8081; }; tls = true; };
    out = {
      urls = map (n: "${scheme}://${n}.${web.domain}:${toString web.sites.${n}}") names;
      vhosts = lib.mapAttrs (name: port: "${name}:${toString port}") web.sites;
      extra = lib.optionals web.tls [ "acme" ] ++ lib.optional (!web.tls) "plain";
      flags = lib.genAttrs [ "a" "b" ] (n: n == "a");
      line = lib.concatStringsSep " " (lib.mapAttrsToList (n: p: "${n}=${toString p}") web.sites);
    };
  };
}
