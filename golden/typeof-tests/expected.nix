let
  jsTypeof =
    x:
    if builtins.isString x then
      "string"
    else if builtins.isInt x || builtins.isFloat x then
      "number"
    else if builtins.isBool x then
      "boolean"
    else if builtins.isFunction x then
      "function"
    else
      "object";
  describe =
    v:
    if builtins.isString v then
      "str:${v}"
    else if builtins.isInt v || builtins.isFloat v then
      "num"
    else if builtins.isBool v then
      if v then "yes" else "no"
    else if v == null then
      "null"
    else if builtins.isList v then
      "list:${toString (builtins.length v)}"
    else
      "attrs:${v.nested}";
  settings = [
    "x"
    1
    2.5
    true
    false
    [
      "a"
      "b"
    ]
    { nested = "n"; }
    null
  ];
  f = x: x;
in
{
  described = map describe settings;
  names = map (s: jsTypeof s) settings;
  fn = jsTypeof f;
  notObject = builtins.isAttrs "x" || builtins.isList "x";
}
