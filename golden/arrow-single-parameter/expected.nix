let
  double = n: n * 2;
  mkVhost = domain: {
    serverName = domain;
    forceSSL = true;
  };
  apply = f: f 21;
  negate = n: -n;
in
{
  doubled = double 21;
  vhost = mkVhost "cloud.example.org";
  applied = apply double;
  inline = apply (x: x + 1);
  negated = negate (-5);
  chained = double (negate (double 3));
}
