let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
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
  f =
    a0: b0: given:
    let
      a = a0;
      b = b0;
      tuple = [
        b
        a
      ];
      a_1 = builtins.elemAt tuple 0;
      b_1 = builtins.elemAt tuple 1;
      text = "x${jsNumberToString a_1}";
      text_1 = text + "-${jsNumberToString b_1}";
      name = given;
      name_1 = if name == null then "anonymous" else name;
      label = if given == null then "" else given;
      label_1 = if label != "" then label else "none";
      enabled = a_1 > b_1;
      enabled_1 = enabled && b_1 > 0;
      n = 3 * 2;
      n_1 = n - 1;
      n_2 = jsPow n_1 2;
      n_3 = jsRemainder n_2 7;
    in
    {
      a = a_1;
      b = b_1;
      text = text_1;
      name = name_1;
      label = label_1;
      enabled = enabled_1;
      n = n_3;
    };
in
[
  (f 1 2 null)
  (f 5 3 "web")
]
