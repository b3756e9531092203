let
  jsRound =
    x:
    let
      n = jsRoundable x;
    in
    if n - builtins.floor n >= 0.5 then builtins.floor n + 1 else builtins.floor n;
  jsRoundable =
    n:
    if n > 9007199254740992.0 || n < -9007199254740992.0 then
      throw "tsnix: rounding a number beyond ±2^53, where JavaScript keeps a float and Nix would make an int"
    else
      n;
  port = 8080;
  offset = -3;
  hosts = [
    "alpha"
    "beta"
    "gamma"
  ];
  load = 2.6;
in
{
  url = "http://localhost:${toString port}/";
  shifted = "port ${toString (port + offset)}";
  negative = "offset=${toString offset}";
  count = "${toString (builtins.length hosts)} hosts";
  rounded = "load ~${toString (jsRound load)}";
  product = "${toString (port * 2)}${toString offset}";
}
