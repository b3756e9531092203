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
  factorial = n: if n <= 1 then 1 else n * factorial (n - 1);
  range = from: to: if from > to then [ ] else [ from ] ++ range (from + 1) to;
  gcd = a: b: if b == 0 then a else gcd b (jsRemainder a b);
in
{
  fact10 = factorial 10;
  fact0 = factorial 0;
  range = range 3 7;
  gcd = gcd 1071 462;
}
