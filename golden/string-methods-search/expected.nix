let
  jsStringIndexOf =
    needle: s:
    let
      n = builtins.stringLength s;
      k = builtins.stringLength needle;
      hits = builtins.filter (i: builtins.substring i k s == needle) (
        builtins.genList (i: i) (n - k + 1)
      );
    in
    if n < k then -1 else if hits == [ ] then -1 else builtins.head hits;
  urls = [
    "https://cloud.example.org"
    "http://nas.local"
    "ssh://git.example.org:2222"
  ];
in
map (u: {
  secure = builtins.substring 0 (builtins.stringLength "https://") u == "https://";
  local =
    builtins.stringLength u >= builtins.stringLength ".local"
    && builtins.substring
        (builtins.stringLength u - builtins.stringLength ".local")
        (builtins.stringLength ".local")
        u
      == ".local";
  example = jsStringIndexOf "example" u >= 0;
  colon = jsStringIndexOf ":" u;
  missing = jsStringIndexOf "ftp" u;
  emptyStart = builtins.substring 0 (builtins.stringLength "") u == "";
  emptyEnd =
    builtins.stringLength u >= builtins.stringLength ""
    && builtins.substring
        (builtins.stringLength u - builtins.stringLength "")
        (builtins.stringLength "")
        u
      == "";
  tooLong =
    let
      suffix = builtins.concatStringsSep "" (builtins.genList (_: "x") 40);
    in
    builtins.stringLength u >= builtins.stringLength suffix
    && builtins.substring
        (builtins.stringLength u - builtins.stringLength suffix)
        (builtins.stringLength suffix)
        u
      == suffix;
}) urls
