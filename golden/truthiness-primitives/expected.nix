let
  hosts = [
    {
      name = "nas";
      port = 0;
      tags = [ ];
    }
    {
      name = "";
      port = 22;
      tags = [ "edge" ];
    }
  ];
  label = name: if name != "" then name else "unnamed";
  isEmpty = s: s == "";
  describe =
    h:
    if h.tags or null != null && builtins.length h.tags != 0 then
      "${h.name}:${builtins.concatStringsSep "," h.tags}"
    else
      "untagged";
  anything = x: if x != false && x != "" && x != 0 then "truthy" else "falsy";
  falsy = x: x == null || x == false || x == "" || x == 0;
in
{
  labels = [
    (label "nas")
    (label "")
  ];
  empty = [
    (isEmpty "")
    (isEmpty "x")
  ];
  described = map describe hosts;
  named = map (h: h.name) (builtins.filter (h: h.name != "") hosts);
  openPorts = builtins.length (
    builtins.filter (
      h:
      let
        value = h.port or null;
      in
      value != null && value != 0
    ) hosts
  );
  anything = [
    (anything 0)
    (anything "")
    (anything false)
    (anything "0")
    (anything [ ])
  ];
  falsy = [
    (falsy 0)
    (falsy null)
    (falsy "a")
    (falsy false)
    (falsy { })
  ];
  any =
    let
      left = builtins.length hosts;
    in
    if left != 0 then (builtins.elemAt hosts 0).name == "nas" else left;
  twice = (builtins.elemAt hosts 1).name != "";
  filtered = builtins.filter (n: n != "") [
    "nas"
    ""
    "pi"
  ];
}
