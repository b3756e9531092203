let
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
  byName = a: b: if a.name < b.name then -1 else if a.name > b.name then 1 else 0;
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
