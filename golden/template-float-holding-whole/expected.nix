let
  jsAscii =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      throw "tsnix: string lengths and positions are only supported on ASCII text"
    else
      s;
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  jsPad =
    atStart: n: fill: text:
    let
      s = jsAscii text;
      f = jsAscii fill;
      missing = n - builtins.stringLength s;
      padding = builtins.substring 0 missing (
        builtins.concatStringsSep "" (
          builtins.genList (_: f) (builtins.div missing (builtins.stringLength f) + 1)
        )
      );
    in
    if missing <= 0 || fill == "" then
      s
    else if atStart then
      padding + s
    else
      s + padding;
  cores = 8;
  half = cores / 2.0;
  ratio = used: total: used * 100 * 1.0 / total;
in
{
  workers = "${jsNumberToString half} workers";
  percent = "${jsNumberToString (ratio 3 4)}%";
  joined = "x${jsNumberToString (6 / 2.0)}";
  padded = jsPad true 3 "0" (jsNumberToString (cores / 4.0));
}
