let
  jsFindIndex =
    pred: list:
    let
      hits = builtins.filter (i: pred (builtins.elemAt list i)) (
        builtins.genList (i: i) (builtins.length list)
      );
    in
    if hits == [ ] then -1 else builtins.head hits;
  jsStringLength =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      let
        twoBytes = builtins.fromJSON "\"\\u0080\"";
        continuation = builtins.substring 1 1 twoBytes;
        lead = builtins.substring 0 1 twoBytes;
        astral = builtins.substring 0 1 (builtins.fromJSON "\"\\ud800\\udc00\"");
        units =
          c:
          if c < continuation then
            1
          else if c < lead then
            0
          else if c < astral then
            1
          else
            2;
      in
      builtins.foldl' (n: i: n + units (builtins.substring i 1 s)) 0 (
        builtins.genList (i: i) (builtins.stringLength s)
      )
    else
      builtins.stringLength s;
  jsToUpperCase =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      throw "tsnix: case conversion is only supported on ASCII text"
    else
      builtins.replaceStrings (builtins.genList (
        i: builtins.substring i 1 "abcdefghijklmnopqrstuvwxyz"
      ) 26) (builtins.genList (i: builtins.substring i 1 "ABCDEFGHIJKLMNOPQRSTUVWXYZ") 26) s;
  services = [
    {
      name = "web";
      port = 0;
    }
    {
      name = "";
      port = 8080;
      user = "nginx";
    }
    {
      name = "db";
      user = null;
    }
  ];
  nameOf = s: if s.name != "" then s.name else "unnamed";
  portOf =
    s:
    let
      left = s.port or null;
    in
    if left != null && left != 0 then left else 80;
  userOf =
    s:
    let
      left1 = s.user or null;
    in
    if left1 != null && left1 != "" then left1 else "root";
  loud = s: if s.name != "" then jsToUpperCase s.name else "";
  count =
    s:
    let
      left2 = s.port or null;
    in
    if left2 != null && left2 != 0 then s.port + 1 else left2;
in
{
  names = map nameOf services;
  ports = map portOf services;
  users = map userOf services;
  loud = map loud services;
  counts = map count services;
  firstNamed =
    let
      left3 =
        let
          list = map (s: s.name) services;
        in
        let
          index = jsFindIndex (n: jsStringLength n > 0) list;
        in
        if index < 0 then null else builtins.elemAt list index;
    in
    if left3 != null && left3 != "" then left3 else "none";
}
