let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  jsUtf16Key =
    let
      astral = builtins.fromJSON "\"\\ud800\\udc00\\ud8c0\\udc00\\ud9c0\\udc00\\udac0\\udc00\\udbc0\\udc00\"";
      leads = builtins.genList (i: builtins.substring (i * 4) 1 astral) 5;
      marker =
        builtins.substring 0 1 (builtins.fromJSON "\"\\ud7ff\"")
        + builtins.substring 1 1 (builtins.fromJSON "\"\\u00a0\"");
    in
    builtins.replaceStrings leads (map (lead: marker + lead) leads);
  limits = {
    nofile = 65536;
    nproc = 4096;
    core = 0;
  };
in
{
  lines = builtins.sort (a: b: jsUtf16Key a < jsUtf16Key b) (
    builtins.attrValues (builtins.mapAttrs (k: v: "${k}=${jsNumberToString v}") limits)
  );
  joined = builtins.concatStringsSep " " (
    builtins.sort (a1: b1: jsUtf16Key a1 < jsUtf16Key b1) (builtins.attrNames limits)
  );
  highest =
    let
      list = builtins.attrValues limits;
    in
    builtins.foldl' (a: b: if a > b then a else b) (builtins.head list) (builtins.tail list);
  anyZero = builtins.elem 0 (builtins.attrValues limits);
}
