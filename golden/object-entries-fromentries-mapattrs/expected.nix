let
  jsFromEntries =
    list:
    builtins.listToAttrs (
      map (entry: {
        name = builtins.elemAt entry 0;
        value = builtins.elemAt entry 1;
      }) (jsReverse list)
    );
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw
        "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  jsReverse =
    list:
    builtins.genList (i: builtins.elemAt list (builtins.length list - i - 1)) (
      builtins.length list
    );
  ports = {
    ssh = 22;
    http = 80;
    https = 443;
    "local.example.org" = 8443;
  };
in
{
  shifted = builtins.mapAttrs (name: port: port + 10000) ports;
  described = builtins.mapAttrs (name: port: "${name}:${jsNumberToString port}") ports;
  privileged = jsFromEntries (
    builtins.filter (
      tuple:
      let
        port = builtins.elemAt tuple 1;
      in
      port < 1024
    ) (
      map (name1: [
        name1
        ports.${name1}
      ]) (builtins.attrNames ports)
    )
  );
}
