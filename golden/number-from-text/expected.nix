let
  jsAscii =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      throw "tsnix: string lengths and positions are only supported on ASCII text"
    else
      s;
  jsEscapeRegex =
    s:
    let
      specials = builtins.genList (i: builtins.substring i 1 "\\[{().*+?^$|") 12;
    in
    builtins.replaceStrings specials (map (c: "\\" + c) specials) s;
  jsNumberOfText =
    s:
    let
      m = builtins.match "[[:space:]]*([+-]?)0*([0-9]*[0-9])[[:space:]]*" s;
    in
    if m == null then
      if builtins.match "[[:space:]]*" s != null then
        0
      else
        throw "tsnix: Number() is only supported on text holding a whole decimal number"
    else if builtins.stringLength (builtins.elemAt m 1) > 15 then
      throw "tsnix: a number of more than 15 digits is beyond JavaScript's exact integers"
    else if builtins.elemAt m 0 == "-" then
      -(builtins.fromJSON (builtins.elemAt m 1))
    else
      builtins.fromJSON (builtins.elemAt m 1);
  jsParseInt =
    decimal: s:
    if !decimal && builtins.match "[[:space:]]*[+-]?0[xX].*" s != null then
      throw "tsnix: parseInt of hexadecimal text is not supported"
    else
      let
        m = builtins.match "[[:space:]]*([+-]?)0*([0-9]*[0-9]).*" s;
      in
      if m == null then
        throw "tsnix: parseInt found no digits (NaN in JavaScript)"
      else if builtins.stringLength (builtins.elemAt m 1) > 15 then
        throw "tsnix: a number of more than 15 digits is beyond JavaScript's exact integers"
      else if builtins.elemAt m 0 == "-" then
        -(builtins.fromJSON (builtins.elemAt m 1))
      else
        builtins.fromJSON (builtins.elemAt m 1);
  jsSplit =
    sep: s:
    if sep == "" then
      jsSplitChars s
    else
      builtins.filter builtins.isString (builtins.split (jsEscapeRegex sep) s);
  jsSplitChars =
    text:
    let
      s = jsAscii text;
    in
    builtins.genList (i: builtins.substring i 1 s) (builtins.stringLength s);
  address = "10.0.042.7";
  octets = map jsNumberOfText (jsSplit "." address);
  sizeText = "512M";
in
{
  inherit octets;
  host = builtins.elemAt octets 3 + 100;
  megabytes = jsParseInt true sizeText * 1024;
  port = jsNumberOfText " 8080 ";
  enabled = if true then 1 else 0;
  padded = jsParseInt false "007";
}
