let
  jsDrop =
    n: list:
    if n >= builtins.length list then
      [ ]
    else
      builtins.genList (i: builtins.elemAt list (i + n)) (builtins.length list - n);
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
    if
      builtins.stringLength domain >= builtins.stringLength ".local"
      && builtins.substring
          (builtins.stringLength domain - builtins.stringLength ".local")
          (builtins.stringLength ".local")
          domain
        == ".local"
    then
      null
    else
      { sslCertificate = "/var/lib/acme/${domain}/cert.pem"; };
in
{
  inherit name;
  inherit settings;
  inherit primary;
  inherit fallbacks;
  public =
    { serverName = "grafana.example.org"; }
    // (
      let
        spread = tlsFor "grafana.example.org";
      in
      if spread == null then { } else spread
    );
  private =
    { serverName = "nas.local"; }
    // (
      let
        spread1 = tlsFor "nas.local";
      in
      if spread1 == null then { } else spread1
    );
}
