let
  jsFindIndex =
    pred: list:
    let
      hits = builtins.filter (i: pred (builtins.elemAt list i)) (
        builtins.genList (i: i) (builtins.length list)
      );
    in
    if hits == [ ] then -1 else builtins.head hits;
  jsIndexOf =
    x: list:
    let
      hits = builtins.filter (i: builtins.elemAt list i == x) (
        builtins.genList (i: i) (builtins.length list)
      );
    in
    if hits == [ ] then -1 else builtins.head hits;
  jsLastIndexOf =
    x: list:
    let
      hits = builtins.filter (i: builtins.elemAt list i == x) (
        jsReverse (builtins.genList (i: i) (builtins.length list))
      );
    in
    if hits == [ ] then -1 else builtins.head hits;
  jsReverse =
    list:
    builtins.genList (i: builtins.elemAt list (builtins.length list - i - 1)) (builtins.length list);
  ports = [
    22
    80
    443
    8080
    80
  ];
  users = [
    {
      name = "alice";
      uid = 1000;
      admin = true;
    }
    {
      name = "bob";
      uid = 1001;
      admin = false;
    }
  ];
in
{
  someAdmin = builtins.any (u: u.admin) users;
  allAdmin = builtins.all (u: u.admin) users;
  emptyEvery = builtins.all (p: p > 0) [ ];
  hasSsh = builtins.elem 22 ports;
  hasFtp = builtins.elem 21 ports;
  bob =
    (
      let
        index = jsFindIndex (u: u.name == "bob") users;
      in
      if index < 0 then null else builtins.elemAt users index
    ).uid or (-1);
  carol =
    (
      let
        index1 = jsFindIndex (u: u.name == "carol") users;
      in
      if index1 < 0 then null else builtins.elemAt users index1
    ).uid or (-1);
  firstHigh = jsFindIndex (p: p > 100) ports;
  noneHigh = jsFindIndex (p: p > 10000) ports;
  http = jsIndexOf 80 ports;
  lastHttp = jsLastIndexOf 80 ports;
  missing = jsIndexOf 21 ports;
}
