let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  subnet =
    vlan:
    if vlan == 10 then
      let
        base = "10.0.10";
      in
      "${base}.0/24"
    else
      let
        base = "192.168";
      in
      if vlan < 0 then
        throw "bad vlan ${jsNumberToString vlan}"
      else
        "${base}.${jsNumberToString vlan}.0/24";
in
{
  lan = subnet 10;
  iot = subnet 20;
  guest = subnet 30;
}
