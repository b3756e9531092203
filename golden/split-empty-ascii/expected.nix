let
  jsAscii =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      throw "tsnix: string lengths and positions are only supported on ASCII text"
    else
      s;
  jsSplitChars =
    text:
    let
      s = jsAscii text;
    in
    builtins.genList (i: builtins.substring i 1 s) (builtins.stringLength s);
  letters = s: jsSplitChars s;
in
{
  known = jsSplitChars "nas";
  unknown = letters "a b";
  none = letters "";
}
