let
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
  rounded = "load ~${
    toString (
      if load - builtins.floor load >= 0.5 then builtins.floor load + 1 else builtins.floor load
    )
  }";
  product = "${toString (port * 2)}${toString offset}";
}
