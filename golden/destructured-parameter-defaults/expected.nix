let
  mkService =
    {
      name,
      port ? 8080,
      openFirewall ? false,
      user ? name,
      ...
    }:
    {
      inherit
        name
        port
        openFirewall
        user
        ;
    };
  label = { name, ... }: "svc-${name}";
in
{
  minimal = mkService { name = "jellyfin"; };
  full = mkService {
    name = "grafana";
    port = 3000;
    openFirewall = true;
    user = "graf";
  };
  zeroPort = mkService {
    name = "zero";
    port = 0;
  };
  label = label { name = "x"; };
}
