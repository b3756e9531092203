let
  services = {
    zabbix = {
      port = 10050;
      enable = false;
    };
    caddy = {
      port = 443;
      enable = true;
    };
    b-dns = {
      port = 53;
      enable = true;
    };
  };
in
{
  names = builtins.sort builtins.lessThan (builtins.attrNames services);
  count = builtins.length (builtins.attrNames services);
  hasCaddy = builtins.elem "caddy" (builtins.attrNames services);
  anyDisabled = builtins.any (s: !s.enable) (builtins.attrValues services);
  maxPort =
    let
      list = map (s: s.port) (builtins.attrValues services);
    in
    builtins.foldl' (a: b: if a > b then a else b) (builtins.head list) (builtins.tail list);
  enabled = builtins.length (
    builtins.filter (
      tuple:
      let
        s = builtins.elemAt tuple 1;
      in
      s.enable
    ) (
      map (name: [
        name
        services.${name}
      ]) (builtins.attrNames services)
    )
  );
  single = builtins.attrNames { only = 1; };
}
