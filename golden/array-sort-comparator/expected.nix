let
  jsUtf16Key =
    let
      astral = builtins.fromJSON "\"\\ud800\\udc00\\ud8c0\\udc00\\ud9c0\\udc00\\udac0\\udc00\\udbc0\\udc00\"";
      leads = builtins.genList (i: builtins.substring (i * 4) 1 astral) 5;
      marker =
        builtins.substring 0 1 (builtins.fromJSON "\"\\ud7ff\"")
        + builtins.substring 1 1 (builtins.fromJSON "\"\\u00a0\"");
    in
    builtins.replaceStrings leads (map (lead: marker + lead) leads);
  hosts = [
    {
      name = "pi";
      prio = 2;
    }
    {
      name = "nas";
      prio = 1;
    }
    {
      name = "web";
      prio = 2;
    }
    {
      name = "db";
      prio = 0;
    }
  ];
  ports = [
    8080
    22
    443
    80
  ];
  byName =
    a: b:
    if jsUtf16Key a.name < jsUtf16Key b.name then
      -1
    else if jsUtf16Key a.name > jsUtf16Key b.name then
      1
    else
      0;
in
{
  asc = builtins.sort builtins.lessThan ports;
  desc = builtins.sort (a1: b1: b1 < a1) ports;
  byPrioStable = map (h: h.name) (builtins.sort (a: b: a.prio - b.prio < 0) hosts);
  byName = map (h: h.name) (builtins.sort (a2: b2: byName a2 b2 < 0) hosts);
  strings = builtins.sort builtins.lessThan [
    "web"
    "Nas"
    "db"
    "a-b"
    "a_b"
  ];
  original = ports;
}
