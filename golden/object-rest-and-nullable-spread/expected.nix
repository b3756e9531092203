let
  jsDrop =
    n: list:
    if n >= builtins.length list then
      [ ]
    else
      builtins.genList (i: builtins.elemAt list (i + n)) (builtins.length list - n);
  jsEndsWith =
    suffix: s:
    let
      n = builtins.stringLength s;
      k = builtins.stringLength suffix;
    in
    n >= k && builtins.substring (n - k) k s == suffix;
  service = {
    name = "grafana";
    port = 3000;
    user = "grafana";
    openFirewall = true;
  };
  name = service.name;
  settings = builtins.removeAttrs service [ "name" ];
  tuple = [
    "1.1.1.1"
    "9.9.9.9"
    "8.8.8.8"
  ];
  primary = builtins.elemAt tuple 0;
  fallbacks = jsDrop 1 tuple;
  tlsFor =
    domain:
    if jsEndsWith ".local" domain then
      null
    else
      { sslCertificate = "/var/lib/acme/${domain}/cert.pem"; };
in
{
  inherit
    name
    settings
    primary
    fallbacks
    ;
  public = {
    serverName = "grafana.example.org";
  }
  // (
    let
      spread = tlsFor "grafana.example.org";
    in
    if spread == null then { } else spread
  );
  private = {
    serverName = "nas.local";
  }
  // (
    let
      spread1 = tlsFor "nas.local";
    in
    if spread1 == null then { } else spread1
  );
}
