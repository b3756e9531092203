let
  jsAscii =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      throw "tsnix: string lengths and positions are only supported on ASCII text"
    else
      s;
  jsStringLength = s: builtins.stringLength (jsAscii s);
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
