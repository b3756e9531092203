let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
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
  jsStrictAttrs =
    state: builtins.foldl' (s: name: builtins.seq s.${name} s) state (builtins.attrNames state);
  jsStringLength =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      let
        twoBytes = builtins.fromJSON "\"\\u0080\"";
        continuation = builtins.substring 1 1 twoBytes;
        lead = builtins.substring 0 1 twoBytes;
        astral = builtins.substring 0 1 (builtins.fromJSON "\"\\ud800\\udc00\"");
        units =
          c:
          if c < continuation then
            1
          else if c < lead then
            0
          else if c < astral then
            1
          else
            2;
      in
      builtins.foldl' (n: i: n + units (builtins.substring i 1 s)) 0 (
        builtins.genList (i: i) (builtins.stringLength s)
      )
    else
      builtins.stringLength s;
  services = {
    web = {
      port = 443;
      public = true;
    };
    ssh = {
      port = 22;
      public = true;
    };
    db = {
      port = 5432;
      public = false;
    };
  };
  loop =
    builtins.foldl'
      (
        state@{
          publicCount,
          anyPrivileged,
          allNamed,
          ports,
        }:
        item:
        let
          name = builtins.elemAt item 0;
          s = builtins.elemAt item 1;
        in
        if !s.public then
          state
        else
          jsStrictAttrs {
            publicCount = publicCount + 1;
            anyPrivileged = if s.port < 1024 then true else anyPrivileged;
            allNamed = allNamed && jsStringLength name > 0;
            ports = ports // {
              ${jsPlainKey name} = s.port;
            };
          }
      )
      {
        publicCount = 0;
        anyPrivileged = false;
        allNamed = true;
        ports = { };
      }
      (
        map (name1: [
          name1
          services.${name1}
        ]) (builtins.attrNames services)
      );
  publicCount = loop.publicCount;
  anyPrivileged = loop.anyPrivileged;
  allNamed = loop.allNamed;
  ports = loop.ports;
  usedPorts = builtins.foldl' (
    usedPorts: s: usedPorts // { ${jsPlainKey "${jsNumberToString s.port}"} = true; }
  ) { } (builtins.attrValues services);
in
{
  inherit
    publicCount
    anyPrivileged
    allNamed
    ports
    usedPorts
    ;
}
