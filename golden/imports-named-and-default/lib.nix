let
  domain = "home.arpa";
  sshPort = 2222;
  fqdn = host: "${host}.${domain}";
  internal = "not exported";
  describe = _: internal;
in
{
  inherit
    domain
    sshPort
    fqdn
    describe
    ;
}
