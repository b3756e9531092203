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
  jsIndexOf =
    x: list:
    let
      hits = builtins.filter (i: builtins.elemAt list i == x) (
        builtins.genList (i: i) (builtins.length list)
      );
    in
    if hits == [ ] then -1 else builtins.head hits;
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
  people = [
    {
      name = "alice";
      admin = true;
      groups = [
        "media"
        "backup"
      ];
      keys = [ "ssh-ed25519 AAAA alice@laptop" ];
    }
    {
      name = "bob";
      admin = false;
      groups = [ "media" ];
    }
    {
      name = "carol";
      admin = false;
      groups = [ ];
    }
  ];
  users = jsFromEntries (
    builtins.genList (
      i:
      let
        p = builtins.elemAt people i;
      in
      [
        p.name
        {
          uid = 1000 + i;
          isNormalUser = true;
          extraGroups = if p.admin then [ "wheel" ] ++ p.groups else p.groups;
          openssh.authorizedKeys.keys = p.keys or [ ];
        }
      ]
    ) (builtins.length people)
  );
  memberships = builtins.concatMap (p: p.groups) people;
  allGroups = map (i: builtins.elemAt memberships i) (
    builtins.filter (
      i:
      let
        g = builtins.elemAt memberships i;
      in
      jsIndexOf g memberships == i
    ) (builtins.genList (i: i) (builtins.length memberships))
  );
  groups = jsFromEntries (
    map (g: [
      g
      { members = map (p: p.name) (builtins.filter (p: builtins.elem g p.groups) people); }
    ]) allGroups
  );
in
{
  users = {
    inherit users groups;
    mutableUsers = false;
  };
}
