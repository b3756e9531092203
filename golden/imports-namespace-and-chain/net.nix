let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  inherit (import ./base.nix) prefix;
  gateway = "${prefix}.1";
  subnet = vlan: "${prefix}.${jsNumberToString vlan}.0/24";
  dnsServers = [
    "${prefix}.53"
    "9.9.9.9"
  ];
in
{
  inherit gateway subnet dnsServers;
}
