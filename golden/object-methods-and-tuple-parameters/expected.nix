let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  ops = {
    double = x: x * 2;
    triple = x: x * 3;
    name = "ops";
  };
  endpoint =
    tuple:
    let
      host = builtins.elemAt tuple 0;
      port = builtins.elemAt tuple 1;
    in
    "${host}:${jsNumberToString port}";
  swap =
    tuple1:
    let
      a = builtins.elemAt tuple1 0;
      b = builtins.elemAt tuple1 1;
    in
    [
      b
      a
    ];
in
{
  d = ops.double 21;
  t = ops.triple 3;
  name = ops.name;
  endpoint = endpoint [
    "nas"
    22
  ];
  swapped = swap [
    "x"
    "y"
  ];
}
