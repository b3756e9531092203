let
  jsPlainKey =
    k:
    if
      builtins.elem k [
        "__functor"
        "__toString"
        "outPath"
      ]
    then
      throw "tsnix: a computed key names an attribute with a special meaning to Nix"
    else
      k;
  jsRecordLookup =
    k: o: fallback:
    o.${k} or (
      if
        builtins.elem k [
          "__defineGetter__"
          "__defineSetter__"
          "__lookupGetter__"
          "__lookupSetter__"
          "__proto__"
          "constructor"
          "hasOwnProperty"
          "isPrototypeOf"
          "propertyIsEnumerable"
          "toLocaleString"
          "toString"
          "valueOf"
        ]
      then
        throw "tsnix: a key JavaScript finds on Object.prototype (constructor, toString, __proto__, …), looked up in a record that lacks it"
      else
        fallback
    );
  hosts = [
    {
      name = "atlas";
      port = 80;
      alias = "www";
    }
    {
      name = "pi";
      port = 22;
    }
    {
      name = "atlas";
      port = 8080;
    }
  ];
  byName = builtins.foldl' (byName: h: byName // { ${jsPlainKey h.name} = h.port; }) { } hosts;
  counts = builtins.foldl' (
    counts: h: counts // { ${jsPlainKey h.name} = jsRecordLookup h.name counts 0 + 1; }
  ) { } hosts;
  aliases = builtins.foldl' (
    aliases: h:
    if
      let
        value1 = h.alias or null;
      in
      value1 != null && value1 != ""
    then
      aliases // { ${jsPlainKey h.alias} = h.name; }
    else
      aliases
  ) { } hosts;
  settings = {
    level = 1;
    debug = true;
  };
  settings_1 = settings // {
    level = settings.level + 2;
  };
  settings_2 = settings_1 // {
    name = "main";
  };
  settings_3 = builtins.removeAttrs settings_2 [ "debug" ];
in
{
  inherit byName counts aliases;
  settings = settings_3;
}
