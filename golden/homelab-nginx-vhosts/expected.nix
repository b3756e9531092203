let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  domain = "example.org";
  apps = {
    grafana = {
      port = 3000;
      public = false;
    };
    home-assistant = {
      port = 8123;
      public = true;
      websockets = true;
    };
    jellyfin = {
      port = 8096;
      public = true;
    };
  };
  vhost = name: app: {
    serverName = "${name}.${domain}";
    forceSSL = app.public;
    enableACME = app.public;
    locations."/" = {
      proxyPass = "http://127.0.0.1:${jsNumberToString app.port}";
      proxyWebsockets = app.websockets or false;
      extraConfig = if app.public then "" else "allow 10.0.0.0/8;\ndeny all;";
    };
  };
in
{
  services.nginx = {
    enable = true;
    virtualHosts = builtins.mapAttrs (name: app: vhost name app) apps;
  };
  networking.firewall.allowedTCPPorts =
    if builtins.any (a: a.public) (builtins.attrValues apps) then
      [
        80
        443
      ]
    else
      [ ];
}
