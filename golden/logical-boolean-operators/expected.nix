let
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
  isPublic = port: port == 80 || port == 443;
  hosts = [
    {
      name = "nas";
      internal = true;
      ssh = true;
    }
    {
      name = "web";
      internal = false;
      ssh = true;
    }
    {
      name = "iot";
      internal = true;
      ssh = false;
    }
  ];
in
map (h: {
  name = h.name;
  exposed = !h.internal && h.ssh;
  either = h.internal || !h.ssh;
  mixed = (h.internal || h.ssh) && !(h.internal && h.ssh);
  notCall = !isPublic (jsStringLength h.name);
  notCompare = h.name != "nas";
  boolEq = h.internal == !h.ssh;
}) hosts
