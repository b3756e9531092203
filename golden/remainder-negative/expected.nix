let
  jsRemainder =
    a: b:
    if builtins.isInt a && builtins.isInt b then
      a - b * builtins.div a b
    else if
      (builtins.isInt a || a < 9007199254740992.0 && a > -9007199254740992.0 && a == builtins.floor a)
      && (builtins.isInt b || b < 9007199254740992.0 && b > -9007199254740992.0 && b == builtins.floor b)
    then
      let
        x = builtins.floor a;
        y = builtins.floor b;
      in
      (x - y * builtins.div x y) * 1.0
    else
      throw "tsnix: % is only supported on whole numbers";
  values = [
    7
    (-7)
    0
    13
    (-13)
  ];
in
{
  byThree = map (v: jsRemainder v 3) values;
  byMinusThree = map (v: jsRemainder v (-3)) values;
  literal =
    let
      a = -7;
    in
    a - 3 * builtins.div a 3;
  evenPorts = builtins.filter (p: jsRemainder p 2 == 0) [
    8080
    8081
    443
    22
  ];
  rotate =
    let
      a1 = 5 + 3;
    in
    a1 - 4 * builtins.div a1 4;
}
