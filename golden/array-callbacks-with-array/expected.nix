let
  jsIndexOf =
    x: list:
    let
      hits = builtins.filter (i: builtins.elemAt list i == x) (
        builtins.genList (i: i) (builtins.length list)
      );
    in
    if hits == [ ] then -1 else builtins.head hits;
  ports = [
    22
    80
    22
  ];
in
{
  unique = map (i: builtins.elemAt ports i) (
    builtins.filter (
      i:
      let
        p = builtins.elemAt ports i;
        all = ports;
      in
      jsIndexOf p all == i
    ) (builtins.genList (i: i) (builtins.length ports))
  );
}
