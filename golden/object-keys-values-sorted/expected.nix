let
  jsUtf16Key =
    let
      astral = builtins.fromJSON "\"\\ud800\\udc00\\ud8c0\\udc00\\ud9c0\\udc00\\udac0\\udc00\\udbc0\\udc00\"";
      leads = builtins.genList (i: builtins.substring (i * 4) 1 astral) 5;
      marker =
        builtins.substring 0 1 (builtins.fromJSON "\"\\ud7ff\"")
        + builtins.substring 1 1 (builtins.fromJSON "\"\\u00a0\"");
    in
    builtins.replaceStrings leads (map (lead: marker + lead) leads);
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
  names = builtins.sort (a: b: jsUtf16Key a < jsUtf16Key b) (builtins.attrNames services);
  count = builtins.length (builtins.attrNames services);
  hasCaddy = builtins.elem "caddy" (builtins.attrNames services);
  anyDisabled = builtins.any (s: !s.enable) (builtins.attrValues services);
  maxPort =
    let
      list = map (s: s.port) (builtins.attrValues services);
    in
    builtins.foldl' (a: b: if a > b then a else b) (builtins.head list) (builtins.tail list);
  enabled = builtins.length (
    builtins.filter
      (
        tuple:
        let
          s = builtins.elemAt tuple 1;
        in
        s.enable
      )
      (
        map (name: [
          name
          services.${name}
        ]) (builtins.attrNames services)
      )
  );
  single = builtins.attrNames { only = 1; };
}
