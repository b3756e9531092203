{ config, lib, ... }:
let
  proxy = config.homelab.proxy;
  site = lib.types.submodule ({ name, ... }: {
    options = {
      port = lib.mkOption { type = lib.types.port; description = "Where the service listens on localhost."; };
      public = lib.mkOption { type = lib.types.bool; default = false; };
      subdomain = lib.mkOption { type = lib.types.str; default = name; };
      extraLocations = lib.mkOption { type = lib.types.attrsOf lib.types.lines; default = { }; };
    };
  });
in
{
  options.homelab.proxy = {
    enable = lib.mkEnableOption "the nginx reverse proxy";
    domain = lib.mkOption { type = lib.types.str; default = "home.example.org"; };
    sites = lib.mkOption { type = lib.types.attrsOf site; default = { }; };
    clientMaxBodySize = lib.mkOption { type = lib.types.str; default = "64m"; };
  };

  config = lib.mkIf proxy.enable {
    services.nginx = {
      enable = true;
      recommendedProxySettings = true;
      recommendedGzipSettings = lib.mkDefault true;
      clientMaxBodySize = proxy.clientMaxBodySize;
      virtualHosts = lib.mapAttrs' (name: s:
        lib.nameValuePair "${s.subdomain}.${proxy.domain}" {
          locations = {
            "/" = { proxyPass = "http://127.0.0.1:${toString s.port}"; proxyWebsockets = true; };
          } // lib.mapAttrs (loc: text: { extraConfig = text; }) s.extraLocations;
          extraConfig = if s.public then "" else "allow 10.0.0.0/8;\ndeny all;";
        }) proxy.sites;
    };
    networking.firewall.allowedTCPPorts =
      if lib.any (s: s.public) (lib.attrValues proxy.sites) then [ 80 443 ] else [ ];
  };
}
