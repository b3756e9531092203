let
  jsAscii =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      throw "tsnix: string lengths and positions are only supported on ASCII text"
    else
      s;
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
  jsToLowerCase =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      throw "tsnix: case conversion is only supported on ASCII text"
    else
      builtins.replaceStrings (builtins.genList (
        i: builtins.substring i 1 "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
      ) 26) (builtins.genList (i: builtins.substring i 1 "abcdefghijklmnopqrstuvwxyz") 26) s;
  jsToUpperCase =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      throw "tsnix: case conversion is only supported on ASCII text"
    else
      builtins.replaceStrings (builtins.genList (
        i: builtins.substring i 1 "abcdefghijklmnopqrstuvwxyz"
      ) 26) (builtins.genList (i: builtins.substring i 1 "ABCDEFGHIJKLMNOPQRSTUVWXYZ") 26) s;
  jsTrim =
    s:
    let
      m = builtins.head (builtins.match "[[:space:]]*(.*[^[:space:]])?[[:space:]]*" s);
      r = if m == null then "" else m;
    in
    if
      builtins.any (
        w:
        builtins.substring 0 (builtins.stringLength w) r == w
        ||
          builtins.stringLength r >= builtins.stringLength w
          &&
            builtins.substring (builtins.stringLength r - builtins.stringLength w) (builtins.stringLength w) r
            == w
      ) jsUnicodeSpaces
    then
      throw "tsnix: trimming non-ASCII whitespace is not supported"
    else
      r;
  jsTrimEnd =
    s:
    let
      m = builtins.head (builtins.match "(.*[^[:space:]])?[[:space:]]*" s);
      r = if m == null then "" else m;
    in
    if
      builtins.any (
        w:
        builtins.stringLength r >= builtins.stringLength w
        &&
          builtins.substring (builtins.stringLength r - builtins.stringLength w) (builtins.stringLength w) r
          == w
      ) jsUnicodeSpaces
    then
      throw "tsnix: trimming non-ASCII whitespace is not supported"
    else
      r;
  jsTrimStart =
    s:
    let
      m = builtins.head (builtins.match "[[:space:]]*(.*)" s);
      r = if m == null then "" else m;
    in
    if builtins.any (w: builtins.substring 0 (builtins.stringLength w) r == w) jsUnicodeSpaces then
      throw "tsnix: trimming non-ASCII whitespace is not supported"
    else
      r;
  jsUnicodeSpaces = builtins.fromJSON "[\"\\u00a0\", \"\\u1680\", \"\\u2000\", \"\\u2001\", \"\\u2002\", \"\\u2003\", \"\\u2004\", \"\\u2005\", \"\\u2006\", \"\\u2007\", \"\\u2008\", \"\\u2009\", \"\\u200a\", \"\\u2028\", \"\\u2029\", \"\\u202f\", \"\\u205f\", \"\\u3000\", \"\\ufeff\"]";
  host = "  Web-01.Example.ORG \t\n";
  name = jsTrim host;
in
{
  trimmed = name;
  lower = jsToLowerCase name;
  upper = jsToUpperCase name;
  trimStart = jsTrimStart host;
  trimEnd = jsTrimEnd host;
  padded = jsPad true 3 "0" "7";
  padMulti = jsPad true 6 "ab" "5";
  padNoop = jsPad true 3 "0" "12345";
  padEnd = jsPad false 5 "." "ab";
  padSpace = jsPad true 4 " " "x";
  repeat = builtins.concatStringsSep "" (builtins.genList (_: "=-") 3);
  repeatZero = builtins.concatStringsSep "" (builtins.genList (_1: "x") 0);
}
