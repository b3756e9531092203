let
  jsToUpperCase =
    s:
    if builtins.match "[\t\n\r -~]*" s == null then
      throw "tsnix: case conversion is only supported on ASCII text"
    else
      builtins.replaceStrings [
        "a"
        "b"
        "c"
        "d"
        "e"
        "f"
        "g"
        "h"
        "i"
        "j"
        "k"
        "l"
        "m"
        "n"
        "o"
        "p"
        "q"
        "r"
        "s"
        "t"
        "u"
        "v"
        "w"
        "x"
        "y"
        "z"
      ] [
        "A"
        "B"
        "C"
        "D"
        "E"
        "F"
        "G"
        "H"
        "I"
        "J"
        "K"
        "L"
        "M"
        "N"
        "O"
        "P"
        "Q"
        "R"
        "S"
        "T"
        "U"
        "V"
        "W"
        "X"
        "Y"
        "Z"
      ] s;
  vhosts = [
    {
      name = "a";
      tls = {
        cert = "/c/a.pem";
        key = "/k/a.pem";
      };
      aliases = [ "www.a" ];
    }
    {
      name = "b";
      tls = null;
    }
    { name = "c"; }
    {
      name = "d";
      tls.cert = "/c/d.pem";
    }
  ];
in
map (v: {
  cert =
    let
      value = (v.tls or null).cert or null;
    in
    if value == null then "none" else value;
  key =
    let
      value1 = (v.tls or null).key or null;
    in
    if value1 == null then "none" else value1;
  firstAlias =
    let
      value3 =
        let
          value2 = v.aliases or null;
        in
        if value2 == null then
          null
        else if builtins.length value2 > 0 then
          builtins.elemAt value2 0
        else
          null;
    in
    if value3 == null then v.name else value3;
  aliasCount =
    let
      value5 =
        let
          value4 = v.aliases or null;
        in
        if value4 == null then null else builtins.length value4;
    in
    if value5 == null then 0 else value5;
  upper =
    let
      value7 =
        let
          value6 = v.tls or null;
        in
        if value6 == null then null else jsToUpperCase value6.cert;
    in
    if value7 == null then "-" else value7;
}) vhosts
