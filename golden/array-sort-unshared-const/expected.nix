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
  jsReverse =
    list:
    builtins.genList (i: builtins.elemAt list (builtins.length list - i - 1)) (builtins.length list);
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
  jsUtf16Key =
    let
      astral = builtins.fromJSON "\"\\ud800\\udc00\\ud8c0\\udc00\\ud9c0\\udc00\\udac0\\udc00\\udbc0\\udc00\"";
      leads = builtins.genList (i: builtins.substring (i * 4) 1 astral) 5;
      marker =
        builtins.substring 0 1 (builtins.fromJSON "\"\\ud7ff\"")
        + builtins.substring 1 1 (builtins.fromJSON "\"\\u00a0\"");
    in
    builtins.replaceStrings leads (map (lead: marker + lead) leads);
  ports = [
    443
    22
    8080
    80
  ];
  names = jsSplit "," "web,db,cache";
  doubled = map (p: p * 2) [
    1
    2
    3
  ];
in
{
  ports = builtins.sort builtins.lessThan ports;
  names = builtins.sort (a1: b1: jsUtf16Key a1 < jsUtf16Key b1) names;
  descending = jsReverse (builtins.sort builtins.lessThan doubled);
  keys = builtins.sort (a2: b2: jsUtf16Key a2 < jsUtf16Key b2) (
    builtins.attrNames {
      zeta = 1;
      alpha = 2;
    }
  );
  literal = jsReverse [
    3
    1
    2
  ];
}
