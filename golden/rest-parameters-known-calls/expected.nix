let
  ports = base: offsets: map (o: base + o) offsets;
  hostList = names: builtins.concatStringsSep "," names;
  extra = [
    2
    3
  ];
in
{
  none = ports 8000 [ ];
  some = ports 8000 [
    80
    443
  ];
  spread = ports 9000 ([ 1 ] ++ extra ++ [ 4 ]);
  hosts = hostList [
    "atlas"
    "pi"
  ];
  empty = hostList [ ];
}
