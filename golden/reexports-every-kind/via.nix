let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  inherit (import ./base.nix) port;
  base = import ./base.nix;
  url = "http://${base.host}:${jsNumberToString port}";
in
{
  inherit port base url;
  hostName = (import ./base.nix).host;
  all = import ./base.nix;
}
