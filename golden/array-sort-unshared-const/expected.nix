let
  jsEscapeRegex =
    s:
    let
      specials = builtins.genList (i: builtins.substring i 1 "\\[{().*+?^$|") 12;
    in
    builtins.replaceStrings specials (map (c: "\\" + c) specials) s;
  jsReverse =
    list:
    builtins.genList (i: builtins.elemAt list (builtins.length list - i - 1)) (
      builtins.length list
    );
  jsSplit =
    sep: s:
    if sep == "" then
      throw "tsnix: split with an empty separator is not supported"
    else
      builtins.filter builtins.isString (builtins.split (jsEscapeRegex sep) s);
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
  names = builtins.sort builtins.lessThan names;
  descending = jsReverse (builtins.sort builtins.lessThan doubled);
  keys = builtins.sort builtins.lessThan (
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
