let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  port = 8080;
  enabled = false;
  maybe = ok: if ok then 42 else null;
in
{
  int = toString port;
  negative = "-12";
  bool = if enabled then "true" else "false";
  trueText = if !enabled then "true" else "false";
  nullable = [
    (
      let
        v = maybe true;
      in
      if v == null then "null" else jsNumberToString v
    )
    (
      let
        v1 = maybe false;
      in
      if v1 == null then "null" else jsNumberToString v1
    )
  ];
  str = "already";
  method = toString port;
  boolMethod = "true";
  empty = "";
}
