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
        square = half * half;
        estimate = a * 1.0 * square;
      in
      if half > 94906265 || half < -94906265 then
        throw "tsnix: ** result beyond ±2^53, where JavaScript numbers are no longer exact"
      else if builtins.bitAnd b 1 == 1 then
        if estimate > 9007199254740992.0 || estimate < -9007199254740992.0 then
          throw "tsnix: ** result beyond ±2^53, where JavaScript numbers are no longer exact"
        else
          a * square
      else
        square;
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
