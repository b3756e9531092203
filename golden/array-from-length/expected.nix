let
  n = 4;
in
{
  indices = builtins.genList (i: i) n;
  addresses = builtins.genList (i: "10.0.0.${toString (i + 10)}") 3;
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
      "${toString i}${x}"
    ) (builtins.length list);
  length = builtins.length [
    1
    2
    3
  ];
}
