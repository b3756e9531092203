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
  path = "/var/lib//nextcloud/";
  csv = "a,b,,c";
in
{
  segments = jsSplit "/" path;
  fields = jsSplit "," csv;
  noSep = jsSplit "," "abc";
  multiChar = jsSplit "::" "a::b::c";
  emptyInput = jsSplit "," "";
  replaced = builtins.replaceStrings [ "." ] [ "-" ] "10.0.0.1";
  dollarReplacement = builtins.replaceStrings [ "X" ] [ "$5" ] "cost: X";
  interp = builtins.replaceStrings [ "\${" ] [ "$(" ] "\${a} \${b}";
  removal = builtins.replaceStrings [ "-" ] [ "" ] "a-b-c";
  regexChars = builtins.replaceStrings [ "*" ] [ "+" ] "a.b*c";
}
