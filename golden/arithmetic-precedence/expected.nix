let
  jsPow =
    a: b:
    if !(builtins.isInt a && builtins.isInt b) || b < 0 then
      throw "tsnix: ** is only supported on integers with a non-negative exponent"
    else if b == 0 then
      1
    else
      let
        half = jsPow a (builtins.div b 2);
      in
      if builtins.bitAnd b 1 == 0 then half * half else a * (half * half);
  a = 10;
  b = 4;
  c = 3;
in
{
  leftAssoc = a - b - c;
  rightGrouped = a - (b - c);
  negated = -(a + b);
  negMul = -a * b;
  mulAdd = a + b * c;
  grouped = (a + b) * c;
  doubleNeg = -(-a);
  minusNeg = a - -b;
  unaryPlus = a;
  power = jsPow 2 10;
  powerNeg = jsPow (-2) 3;
  powerRight = jsPow 2 (jsPow 3 2);
  cmp = a - b > c;
}
