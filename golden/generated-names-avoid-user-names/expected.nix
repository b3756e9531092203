let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  value = 5;
  list = [ 9 ];
  jsNumberToString1 = n: "n=${jsNumberToString n}";
  orElse =
    o:
    let
      value1 = o.a or null;
    in
    if value1 == null then value else value1;
  shifted =
    xs:
    builtins.genList (
      i:
      let
        x = builtins.elemAt xs i;
      in
      x + i + builtins.elemAt list 0
    ) (builtins.length xs);
in
{
  fallback = orElse { };
  present = orElse { a = 0; };
  shifted = shifted [
    1
    2
  ];
  user = jsNumberToString1 3;
}
