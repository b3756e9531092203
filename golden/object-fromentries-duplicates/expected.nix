let
  jsFromEntries =
    list:
    builtins.listToAttrs (
      map (
        entry:
        let
          name = jsPlainKey (builtins.elemAt entry 0);
        in
        {
          inherit name;
          value = jsMemberValue name (builtins.elemAt entry 1);
        }
      ) (jsReverse list)
    );
  jsMemberValue =
    k: v:
    if k == "type" && v == "derivation" then
      throw "tsnix: the member type = \"derivation\" makes Nix treat the attribute set as a package"
    else
      v;
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
  jsReverse =
    list:
    builtins.genList (i: builtins.elemAt list (builtins.length list - i - 1)) (builtins.length list);
  entries = [
    [
      "ssh"
      22
    ]
    [
      "http"
      80
    ]
    [
      "ssh"
      2222
    ]
  ];
  users =
    let
      list = [
        "alice"
        "bob"
        "alice"
      ];
    in
    builtins.genList (
      i:
      let
        u = builtins.elemAt list i;
      in
      [
        u
        (1000 + i)
      ]
    ) (builtins.length list);
in
{
  ports = jsFromEntries entries;
  uids = jsFromEntries users;
}
