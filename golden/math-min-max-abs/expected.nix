let
  loads = [
    0.7
    2.5
    1.2
  ];
  ports = [
    8080
    22
    443
  ];
in
{
  min = -1;
  max = 3;
  mixed = 2.5;
  spreadMax = builtins.foldl' (a: b: if a > b then a else b) (builtins.head ports) (
    builtins.tail ports
  );
  spreadMin = builtins.foldl' (a: b: if a < b then a else b) (builtins.head loads) (
    builtins.tail loads
  );
  abs = [
    5
    5
    2.5
    0
  ];
  sign = [
    (-1)
    0
    1
  ];
  clamp = if 0 < 10 then 0 else 10;
  pow = 65536;
}
