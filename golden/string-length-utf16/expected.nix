let
  jsStringLength =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      let
        twoBytes = builtins.fromJSON "\"\\u0080\"";
        continuation = builtins.substring 1 1 twoBytes;
        lead = builtins.substring 0 1 twoBytes;
        astral = builtins.substring 0 1 (builtins.fromJSON "\"\\ud800\\udc00\"");
        units =
          c:
          if c < continuation then
            1
          else if c < lead then
            0
          else if c < astral then
            1
          else
            2;
      in
      builtins.foldl' (n: i: n + units (builtins.substring i 1 s)) 0 (
        builtins.genList (i: i) (builtins.stringLength s)
      )
    else
      builtins.stringLength s;
  len = s: jsStringLength s;
in
{
  known = 6;
  ascii = len "atlas";
  accents = len "Zürich";
  emoji = len "ok 👍";
  cjk = len "東京";
}
