let
  xs = [
    2.5
    (-2.5)
    1.4999
    (-0.4)
    3.7
    (-3.7)
    0.5
    (-0.5)
  ];
in
{
  round =
    map (x: if x - builtins.floor x >= 0.5 then builtins.floor x + 1 else builtins.floor x) xs;
  floor = map (x: builtins.floor x) xs;
  ceil = map (x: builtins.ceil x) xs;
  trunc = map (x: if x < 0 then builtins.ceil x else builtins.floor x) xs;
  onInts = [
    7
    (-7)
    3
    (-3)
  ];
  percent =
    let
      x1 = 2 / 3.0 * 100;
    in
    if x1 - builtins.floor x1 >= 0.5 then builtins.floor x1 + 1 else builtins.floor x1;
}
