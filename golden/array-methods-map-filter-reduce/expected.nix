let
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
    "${toString i}:${h.name}"
  ) (builtins.length hosts);
  everyOther = map (h: h.name) (
    map (i: builtins.elemAt hosts i) (
      builtins.filter (i: i - 2 * builtins.div i 2 == 0) (
        builtins.genList (i: i) (builtins.length hosts)
      )
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
