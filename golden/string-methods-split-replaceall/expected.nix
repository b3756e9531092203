let
  jsEscapeRegex =
    s:
    let
      specials = builtins.genList (i: builtins.substring i 1 "\\[{().*+?^$|") 12;
    in
    builtins.replaceStrings specials (map (c: "\\" + c) specials) s;
  jsSplit =
    sep: s:
    if sep == "" then
      throw "tsnix: split with an empty separator is not supported"
    else
      builtins.filter builtins.isString (builtins.split (jsEscapeRegex sep) s);
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
