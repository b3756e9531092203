let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  hosts = [
    {
      name = "atlas";
      web = true;
      ports = [
        80
        443
      ];
    }
    {
      name = "pi";
      web = false;
      ports = [ 22 ];
    }
    {
      name = "nas";
      web = true;
      ports = [ ];
    }
  ];
  names = map (h: h.name) hosts;
  web = map (h: "${h.name}.home.example.org") (builtins.filter (h: h.web) hosts);
  open = [ 22 ];
  open_1 =
    open
    ++ builtins.concatMap (
      h:
      let
        ports = if builtins.length h.ports > 0 then h.ports else [ 80 ];
      in
      if !h.web then [ ] else ports
    ) hosts;
  pairs = builtins.concatMap (
    item:
    let
      name = item.name;
      ports = item.ports;
    in
    map (port: "${name}:${jsNumberToString port}") ports
  ) hosts;
in
{
  inherit names web;
  open = open_1;
  inherit pairs;
}
