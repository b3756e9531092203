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
  jsStringIncludes = sub: s: sub == "" || builtins.length (builtins.split (jsEscapeRegex sub) s) > 1;
  jsStringIndexOf =
    needle: text:
    let
      s = jsAscii text;
      n = builtins.stringLength s;
      k = builtins.stringLength needle;
      hits = builtins.filter (i: builtins.substring i k s == needle) (
        builtins.genList (i: i) (n - k + 1)
      );
    in
    if n < k then
      -1
    else if hits == [ ] then
      -1
    else
      builtins.head hits;
  urls = [
    "https://cloud.example.org"
    "http://nas.local"
    "ssh://git.example.org:2222"
  ];
in
map (u: {
  secure = builtins.substring 0 (builtins.stringLength "https://") u == "https://";
  local = jsEndsWith ".local" u;
  example = jsStringIncludes "example" u;
  colon = jsStringIndexOf ":" u;
  missing = jsStringIndexOf "ftp" u;
  emptyStart = builtins.substring 0 (builtins.stringLength "") u == "";
  emptyEnd = jsEndsWith "" u;
  tooLong = jsEndsWith (builtins.concatStringsSep "" (builtins.genList (_: "x") 40)) u;
}) urls
