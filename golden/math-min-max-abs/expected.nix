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
  min =
    let
      a =
        let
          b = -1;
        in
        if 3 < b then 3 else b;
    in
    if a < 2 then a else 2;
  max =
    let
      a1 =
        let
          b1 = -1;
        in
        if 3 > b1 then 3 else b1;
    in
    if a1 > 2 then a1 else 2;
  mixed = if 1 > 2.5 then 1 else 2.5;
  spreadMax = builtins.foldl' (a: b: if a > b then a else b) (builtins.head ports) (
    builtins.tail ports
  );
  spreadMin = builtins.foldl' (a: b: if a < b then a else b) (builtins.head loads) (
    builtins.tail loads
  );
  abs = [
    (
      let
        x = -5;
      in
      if x < 0 then -x else x
    )
    (if 5 < 0 then -5 else 5)
    (
      let
        x1 = -2.5;
      in
      if x1 < 0 then -x1 else x1
    )
    (if 0 < 0 then -0 else 0)
  ];
  sign = [
    (
      let
        x2 = -3;
      in
      if x2 > 0 then 1 else if x2 < 0 then -1 else 0
    )
    (if 0 > 0 then 1 else if 0 < 0 then -1 else 0)
    (if 7 > 0 then 1 else if 7 < 0 then -1 else 0)
  ];
  clamp =
    let
      a3 =
        let
          a2 = -20;
        in
        if a2 > 0 then a2 else 0;
    in
    if a3 < 10 then a3 else 10;
  pow = jsPow 2 16;
}
