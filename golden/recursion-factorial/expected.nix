let
  jsRemainder =
    a: b:
    if builtins.isInt a && builtins.isInt b then
      a - b * builtins.div a b
    else
      throw "tsnix: % is only supported on integers";
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
