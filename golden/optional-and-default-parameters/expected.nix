let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  listen =
    host: port1:
    let
      port = if port1 == null then 80 else port1;
    in
    "${host}:${jsNumberToString port}";
  pick = a: b: if b == null then a else b;
  scale =
    n: factor1: offset1:
    let
      factor = if factor1 == null then 2 else factor1;
      offset = if offset1 == null then 0 else offset1;
    in
    n * factor + offset;
in
{
  defaulted = listen "0.0.0.0" null;
  given = listen "::" 8080;
  zero = listen "localhost" 0;
  pickOne = pick 1 null;
  pickTwo = pick 1 5;
  scaled = [
    (scale 3 null null)
    (scale 3 3 null)
    (scale 3 3 1)
  ];
}
