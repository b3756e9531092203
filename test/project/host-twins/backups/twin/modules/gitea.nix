{ config, lib, ... }:
let
  g = config.homelab.gitea;
in
{
  imports = [ ./backup.nix ];
  options.homelab.gitea = {
    enable = lib.mkEnableOption "Gitea";
    domain = lib.mkOption { type = lib.types.str; };
    port = lib.mkOption { type = lib.types.port; default = 3000; };
  };
  config = lib.mkIf g.enable {
    services.gitea = {
      enable = true;
      domain = g.domain;
      httpPort = g.port;
      rootUrl = "https://${g.domain}/";
      disableRegistration = true;
    };
    homelab.backup.paths = [ "/var/lib/gitea" ];
    networking.firewall.allowedTCPPorts = [ g.port ];
  };
}
