let
  hostName = "nas";
  domain = "home.arpa";
  timeZone = "Europe/Berlin";
  fqdn = "${hostName}.${domain}";
in
{
  inherit hostName;
  inherit domain;
  inherit timeZone;
  inherit fqdn;
  stateVersion = "24.05";
}
