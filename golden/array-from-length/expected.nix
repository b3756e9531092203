let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw
        "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  n = 4;
in
{
  indices = builtins.genList (i: i) n;
  addresses = builtins.genList (i: "10.0.0.${jsNumberToString (i + 10)}") 3;
  zeroLength = builtins.genList (i: i) 0;
  copies = builtins.genList (_1: (_2: "x") null) 2;
  mapped = map (x: x * x) [
    1
    2
    3
  ];
  withIndex =
    let
      list = [
        "a"
        "b"
      ];
    in
    builtins.genList (
      i:
      let
        x = builtins.elemAt list i;
      in
      "${jsNumberToString i}${x}"
    ) (builtins.length list);
  length = builtins.length [
    1
    2
    3
  ];
}
