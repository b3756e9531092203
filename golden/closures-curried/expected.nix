let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  domain = "example.org";
  mkUrl =
    scheme: host: port:
    "${scheme}://${host}.${domain}:${jsNumberToString port}";
  withScheme =
    scheme: host: port:
    mkUrl scheme host port;
  https = withScheme "https";
  adder = a: b: a + b;
  add10 = adder 10;
in
{
  direct = mkUrl "http" "git" 3000;
  curried = https "cloud" 443;
  partial = map add10 [
    1
    2
    3
  ];
  twoArgs = map (n: adder n n) [
    1
    2
    3
  ];
}
