let
  hostName = "nas";
  domain = "home.arpa";
  timeZone = "Europe/Berlin";
  fqdn = "${hostName}.${domain}";
in
{
  inherit
    hostName
    domain
    timeZone
    fqdn
    ;
  stateVersion = "24.05";
}
