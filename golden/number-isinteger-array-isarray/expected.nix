let
  cores = 6;
  values = [
    1
    [
      2
      3
    ]
    "x"
  ];
in
{
  ints = [
    (
      builtins.isInt 5
      ||
        builtins.isFloat 5
        && (5 >= 9223372036854776000.0 || 5 <= -9223372036854776000.0 || 5 == builtins.floor 5)
    )
    (
      builtins.isInt 2.5
      ||
        builtins.isFloat 2.5
        && (2.5 >= 9223372036854776000.0 || 2.5 <= -9223372036854776000.0 || 2.5 == builtins.floor 2.5)
    )
    (
      let
        x = cores / 2.0;
      in
      builtins.isInt x
      ||
        builtins.isFloat x
        && (x >= 9223372036854776000.0 || x <= -9223372036854776000.0 || x == builtins.floor x)
    )
    (
      let
        x1 = cores / 4.0;
      in
      builtins.isInt x1
      ||
        builtins.isFloat x1
        && (x1 >= 9223372036854776000.0 || x1 <= -9223372036854776000.0 || x1 == builtins.floor x1)
    )
  ];
  arrays = map (v: builtins.isList v) values;
  sizes = map (v: if builtins.isList v then builtins.length v else -1) values;
}
