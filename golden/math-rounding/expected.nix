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
  jsTrunc =
    x:
    let
      n = jsRoundable x;
    in
    if n < 0 then builtins.ceil n else builtins.floor n;
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
  round = map (x: jsRound x) xs;
  floor = map (x: builtins.floor (jsRoundable x)) xs;
  ceil = map (x: builtins.ceil (jsRoundable x)) xs;
  trunc = map (x: jsTrunc x) xs;
  onInts = [
    7
    (-7)
    3
    (-3)
  ];
  percent = jsRound (2 / 3.0 * 100);
}
