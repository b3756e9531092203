let
  jsToUpperCase =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      throw "tsnix: case conversion is only supported on ASCII text"
    else
      builtins.replaceStrings (builtins.genList (
        i: builtins.substring i 1 "abcdefghijklmnopqrstuvwxyz"
      ) 26) (builtins.genList (i: builtins.substring i 1 "ABCDEFGHIJKLMNOPQRSTUVWXYZ") 26) s;
  jsUnique =
    list: builtins.foldl' (seen: x: if builtins.elem x seen then seen else seen ++ [ x ]) [ ] list;
  hosts = [
    {
      ports = [
        22
        80
      ];
    }
    {
      ports = [
        22
        443
      ];
    }
    {
      ports = [
        80
        9100
      ];
    }
  ];
  groups = [
    "wheel"
    "docker"
    "wheel"
    "video"
  ];
in
{
  openPorts = builtins.sort builtins.lessThan (jsUnique (builtins.concatMap (h: h.ports) hosts));
  groups = jsUnique groups;
  upper = map (g: jsToUpperCase g) (jsUnique groups);
}
