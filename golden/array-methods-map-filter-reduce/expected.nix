let
  jsMemberValue =
    k: v:
    if k == "type" && v == "derivation" then
      throw "tsnix: the member type = \"derivation\" makes Nix treat the attribute set as a package"
    else
      v;
  jsPlainKey =
    k:
    if
      builtins.elem k [
        "__functor"
        "__toString"
        "outPath"
      ]
    then
      throw "tsnix: a computed key names an attribute with a special meaning to Nix"
    else
      k;
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
      builtins.filter (i: i - 2 * builtins.div i 2 == 0) (builtins.genList (i: i) (builtins.length hosts))
    )
  );
  indexSum = builtins.foldl' (
    acc: i:
    let
      h = builtins.elemAt hosts i;
    in
    acc + i * h.ram
  ) 0 (builtins.genList (i: i) (builtins.length hosts));
  roleIndex = builtins.foldl' (
    acc: h:
    acc
    // (
      let
        key = jsPlainKey h.name;
      in
      {
        ${key} = jsMemberValue key (builtins.concatStringsSep "," h.roles);
      }
    )
  ) { } hosts;
}
