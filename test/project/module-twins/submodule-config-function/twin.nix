{ lib, ... }:
{
  imports = [ ./twin-upstreams.nix ];
  proxy.upstreams = {
    api.port = 8080;
    media = { port = 9000; secure = true; };
    api2 = { port = 8081; url = "http://override"; };
  };
}
