let
  tier =
    mem:
    if mem >= 64 then
      "large"
    else if mem >= 16 then
      "medium"
    else if mem >= 4 then
      "small"
    else
      "tiny";
  flag = on: if on then "yes" else "no";
  hosts = [
    {
      name = "nas";
      mem = 32;
      backup = true;
    }
    {
      name = "pi";
      mem = 2;
      backup = false;
    }
    {
      name = "server";
      mem = 128;
      backup = true;
    }
  ];
in
map (h: {
  name = h.name;
  tier = tier h.mem;
  summary = "${h.name}: ${tier h.mem} backup=${flag h.backup}";
  ports =
    if h.backup then
      [
        22
        873
      ]
    else
      [ 22 ];
  mem = (if h.mem > 16 then h.mem else 16) * 1024;
}) hosts
