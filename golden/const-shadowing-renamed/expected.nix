let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  port = 80;
  name = "web";
  mk =
    port:
    let
      name = "svc-${jsNumberToString port}";
      inner = port + 1;
    in
    {
      inherit name inner;
    };
  shadow =
    x:
    let
      y = x + 1;
      f =
        y:
        let
          x = y * 2;
        in
        x + 1;
    in
    f y;
in
{
  inherit port name;
  mk = mk 8080;
  shadow = shadow 3;
}
