let
  jsFromEntries =
    list:
    builtins.listToAttrs (
      map (
        entry:
        let
          name = jsPlainKey (builtins.elemAt entry 0);
        in
        {
          inherit name;
          value = jsMemberValue name (builtins.elemAt entry 1);
        }
      ) (jsReverse list)
    );
  jsMemberValue =
    k: v:
    if k == "type" && v == "derivation" then
      throw "tsnix: the member type = \"derivation\" makes Nix treat the attribute set as a package"
    else
      v;
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
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
  jsReverse =
    list:
    builtins.genList (i: builtins.elemAt list (builtins.length list - i - 1)) (builtins.length list);
  ports = {
    ssh = 22;
    http = 80;
    https = 443;
    "local.example.org" = 8443;
  };
in
{
  shifted = builtins.mapAttrs (name: port: port + 10000) ports;
  described = builtins.mapAttrs (
    name: port: jsMemberValue name "${name}:${jsNumberToString port}"
  ) ports;
  privileged = jsFromEntries (
    builtins.filter
      (
        tuple:
        let
          port = builtins.elemAt tuple 1;
        in
        port < 1024
      )
      (
        map (name1: [
          name1
          ports.${name1}
        ]) (builtins.attrNames ports)
      )
  );
}
