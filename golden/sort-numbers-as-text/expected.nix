let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  ports = [
    8080
    443
    22
    10000
  ];
  halves = xs: builtins.sort (a: b: jsNumberToString a < jsNumberToString b) (map (x: x / 2.0) xs);
in
{
  ports = builtins.sort (a1: b1: jsNumberToString a1 < jsNumberToString b1) ports;
  literal = builtins.sort (a2: b2: toString a2 < toString b2) [
    10
    9
    100
    (-1)
    (-10)
  ];
  halves = halves [
    18
    200
    4
  ];
}
