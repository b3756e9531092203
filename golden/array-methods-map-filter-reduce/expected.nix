let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw
        "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  jsRemainder =
    a: b:
    if builtins.isInt a && builtins.isInt b then
      a - b * builtins.div a b
    else
      throw "tsnix: % is only supported on integers";
  hosts = [
    {
      name = "nas";
      ram = 32;
      roles = [ "storage" ];
    }
    {
      name = "pi";
      ram = 4;
      roles = [
        "dns"
        "dhcp"
      ];
    }
    {
      name = "server";
      ram = 128;
      roles = [
        "vm"
        "storage"
      ];
    }
  ];
in
{
  names = map (h: h.name) hosts;
  big = map (h: h.name) (builtins.filter (h: h.ram >= 32) hosts);
  totalRam = builtins.foldl' (sum: h: sum + h.ram) 0 hosts;
  maxRam =
    let
      list = map (h: h.ram) hosts;
    in
    builtins.foldl' (a: b: if a > b then a else b) (builtins.head list) (builtins.tail list);
  numbered = builtins.genList (
    i:
    let
      h = builtins.elemAt hosts i;
    in
    "${jsNumberToString i}:${h.name}"
  ) (builtins.length hosts);
  everyOther = map (h: h.name) (
    map (i: builtins.elemAt hosts i) (
      builtins.filter (
        i:
        let
          _ = builtins.elemAt hosts i;
        in
        jsRemainder i 2 == 0
      ) (builtins.genList (i: i) (builtins.length hosts))
    )
  );
  indexSum = builtins.foldl' (
    acc: i:
    let
      h = builtins.elemAt hosts i;
    in
    acc + i * h.ram
  ) 0 (builtins.genList (i: i) (builtins.length hosts));
  roleIndex =
    builtins.foldl'
      (acc: h: acc // { ${h.name} = builtins.concatStringsSep "," h.roles; })
      { }
      hosts;
}
