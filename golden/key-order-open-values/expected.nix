let
  jsJsonOneKeyEach =
    x:
    if builtins.isAttrs x then
      if builtins.length (builtins.attrNames x) > 1 then
        throw "tsnix: JSON.stringify of an object with several keys whose insertion order is not known here (JavaScript writes keys in insertion order, Nix sorts them)"
      else
        builtins.all jsJsonOneKeyEach (builtins.attrValues x)
    else if builtins.isList x then
      builtins.all jsJsonOneKeyEach x
    else if builtins.isFunction x then
      throw "tsnix: JSON.stringify of a function (JavaScript leaves it out, Nix cannot)"
    else
      true;
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
  jsOneKeyAtMost =
    o:
    if builtins.length (builtins.attrNames o) > 1 then
      throw "tsnix: the keys of an object with several keys come in insertion order in JavaScript, which Nix does not keep; sort them (Object.keys(o).sort())"
    else
      o;
  show =
    x:
    assert jsJsonOneKeyEach x;
    jsJsonStringify x;
  keysOf = o: builtins.attrNames (jsOneKeyAtMost o);
  wrap =
    x:
    let
      value = {
        data = [ x ];
        kind = "v";
      };
    in
    assert jsJsonOneKeyEach (builtins.elemAt value.data 0);
    jsJsonStringify value;
in
{
  show = show { port = 22; };
  keys = keysOf { name = "a"; };
  wrapped = wrap { k = 1; };
  parsed =
    let
      value1 = builtins.fromJSON "{\"a\":[1]}";
    in
    assert jsJsonOneKeyEach value1;
    jsJsonStringify value1;
  sortedLiteral = builtins.attrNames {
    a = 1;
    b = 2;
  };
}
