let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  host = {
    name = "nas";
    net = {
      ip = "10.0.0.3";
      prefix = 24;
    };
    tags = [
      "storage"
      "zfs"
      "backup"
    ];
  };
  name = host.name;
  ip = host.net.ip;
  len = host.net.prefix;
  tags = host.tags;
  first = builtins.elemAt tags 0;
  third = builtins.elemAt tags 2;
  object = { };
  missing = object.missing or "fallback";
  tuple = [ 10 ];
  a = if builtins.length tuple > 0 then builtins.elemAt tuple 0 else 1;
  b = if builtins.length tuple > 1 then builtins.elemAt tuple 1 else 2;
in
{
  inherit name;
  cidr = "${ip}/${jsNumberToString len}";
  inherit
    first
    third
    missing
    a
    b
    ;
}
