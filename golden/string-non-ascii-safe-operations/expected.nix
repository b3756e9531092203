let
  jsEscapeRegex =
    s:
    builtins.replaceStrings [
      "\\"
      "["
      "]"
      "{"
      "}"
      "("
      ")"
      "."
      "*"
      "+"
      "?"
      "^"
      "$"
      "|"
    ] [
      "\\\\"
      "\\["
      "\\]"
      "\\{"
      "\\}"
      "\\("
      "\\)"
      "\\."
      "\\*"
      "\\+"
      "\\?"
      "\\^"
      "\\$"
      "\\|"
    ] s;
  jsSplit =
    sep: s:
    if sep == "" then
      throw "tsnix: split with an empty separator is not supported"
    else
      builtins.filter builtins.isString (builtins.split (jsEscapeRegex sep) s);
  jsStringIndexOf =
    needle: s:
    let
      n = builtins.stringLength s;
      k = builtins.stringLength needle;
      hits = builtins.filter (i: builtins.substring i k s == needle) (
        builtins.genList (i: i) (n - k + 1)
      );
    in
    if n < k then -1 else if hits == [ ] then -1 else builtins.head hits;
  city = "Zürich";
  greeting = "Grüße aus ${city} 🚀";
in
{
  inherit greeting;
  equal = city == "Zürich";
  includes = jsStringIndexOf "aus Z" greeting >= 0;
  startsWith = builtins.substring 0 (builtins.stringLength "Grü") greeting == "Grü";
  endsWith =
    builtins.stringLength greeting >= builtins.stringLength "🚀"
    && builtins.substring
        (builtins.stringLength greeting - builtins.stringLength "🚀")
        (builtins.stringLength "🚀")
        greeting
      == "🚀";
  parts = jsSplit "→" "a→b→c";
  joined = builtins.concatStringsSep " · " [
    "α"
    "β"
  ];
  replaced = builtins.replaceStrings [ "ü" ] [ "ue" ] greeting;
  template = "${city}/日本";
}
