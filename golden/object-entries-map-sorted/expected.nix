let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw
        "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  limits = {
    nofile = 65536;
    nproc = 4096;
    core = 0;
  };
in
{
  lines = builtins.sort builtins.lessThan (
    builtins.attrValues (builtins.mapAttrs (k: v: "${k}=${jsNumberToString v}") limits)
  );
  joined = builtins.concatStringsSep " " (
    builtins.sort builtins.lessThan (builtins.attrNames limits)
  );
  highest =
    let
      list = builtins.attrValues limits;
    in
    builtins.foldl' (a: b: if a > b then a else b) (builtins.head list) (builtins.tail list);
  anyZero = builtins.elem 0 (builtins.attrValues limits);
}
