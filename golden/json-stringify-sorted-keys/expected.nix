let
  jsJsonStringify =
    x:
    let
      json = builtins.toJSON (jsJsonValue x);
    in
    if builtins.match "(.*[^\\\\])?(\\\\\\\\)*\\\\u000[8c].*" json != null then
      throw "tsnix: JSON.stringify of text with \\b or \\f is not exact in Nix"
    else
      json;
  jsJsonValue =
    x:
    if builtins.isFloat x then
      if x < 9007199254740992.0 && x > -9007199254740992.0 && x == builtins.floor x then
        builtins.floor x
      else
        throw "tsnix: JSON.stringify of a non-integer number is not exact in Nix"
    else if builtins.isList x then
      map jsJsonValue x
    else if builtins.isAttrs x then
      builtins.mapAttrs (_: jsJsonValue) x
    else
      x;
  level = "info";
in
{
  compact = jsJsonStringify {
    bind = "0.0.0.0";
    log = {
      inherit level;
      path = "/var/log/app \"x\".log";
    };
    port = 8080;
    tags = [
      "a"
      "b\nc"
    ];
    tls = null;
    verbose = false;
  };
  array = jsJsonStringify [
    1
    (-2)
    "x"
    true
    null
  ];
  string = jsJsonStringify "tab\there";
  number = jsJsonStringify 42;
  empty = jsJsonStringify { };
  nested = jsJsonStringify [
    {
      a = 1;
      b = [ { c = "d"; } ];
    }
  ];
}
