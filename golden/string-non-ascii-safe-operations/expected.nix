let
  jsAscii =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      throw "tsnix: string lengths and positions are only supported on ASCII text"
    else
      s;
  jsEndsWith =
    suffix: s:
    let
      n = builtins.stringLength s;
      k = builtins.stringLength suffix;
    in
    n >= k && builtins.substring (n - k) k s == suffix;
  jsEscapeRegex =
    s:
    let
      specials = builtins.genList (i: builtins.substring i 1 "\\[{().*+?^$|") 12;
    in
    builtins.replaceStrings specials (map (c: "\\" + c) specials) s;
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
  jsStringIncludes = sub: s: sub == "" || builtins.length (builtins.split (jsEscapeRegex sub) s) > 1;
  city = "Zürich";
  greeting = "Grüße aus ${city} 🚀";
in
{
  inherit greeting;
  equal = city == "Zürich";
  includes = jsStringIncludes "aus Z" greeting;
  startsWith = builtins.substring 0 (builtins.stringLength "Grü") greeting == "Grü";
  endsWith = jsEndsWith "🚀" greeting;
  parts = jsSplit "→" "a→b→c";
  joined = builtins.concatStringsSep " · " [
    "α"
    "β"
  ];
  replaced = builtins.replaceStrings [ "ü" ] [ "ue" ] greeting;
  template = "${city}/日本";
}
