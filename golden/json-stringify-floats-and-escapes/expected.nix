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
  cores = 6;
  asJson = xs: jsJsonStringify xs;
in
{
  floats = asJson [
    (cores / 2.0)
    (1.5 * 2)
    (-4 / 2.0)
  ];
  controls = jsJsonStringify "abcd\re\n";
  slashes = jsJsonStringify "</script> \\ /";
  unicode = jsJsonStringify "é 日本 🚀";
  dollar = jsJsonStringify "\${x} $y";
}
