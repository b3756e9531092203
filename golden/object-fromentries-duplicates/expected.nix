let
  jsFromEntries =
    list:
    builtins.listToAttrs (
      map (entry: {
        name = builtins.elemAt entry 0;
        value = builtins.elemAt entry 1;
      }) (jsReverse list)
    );
  jsReverse =
    list:
    builtins.genList (i: builtins.elemAt list (builtins.length list - i - 1)) (
      builtins.length list
    );
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
