let
  jsToUpperCase =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      throw "tsnix: case conversion is only supported on ASCII text"
    else
      builtins.replaceStrings (builtins.genList (
        i: builtins.substring i 1 "abcdefghijklmnopqrstuvwxyz"
      ) 26) (builtins.genList (i: builtins.substring i 1 "ABCDEFGHIJKLMNOPQRSTUVWXYZ") 26) s;
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
  cert = v.tls.cert or "none";
  key = v.tls.key or "none";
  firstAlias =
    let
      value1 =
        let
          value = v.aliases or null;
        in
        if value == null then
          null
        else if builtins.length value > 0 then
          builtins.elemAt value 0
        else
          null;
    in
    if value1 == null then v.name else value1;
  aliasCount =
    let
      value3 =
        let
          value2 = v.aliases or null;
        in
        if value2 == null then null else builtins.length value2;
    in
    if value3 == null then 0 else value3;
  upper =
    let
      value5 =
        let
          value4 = v.tls or null;
        in
        if value4 == null then null else jsToUpperCase value4.cert;
    in
    if value5 == null then "-" else value5;
}) vhosts
