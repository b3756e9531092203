let
  base = [
    22
    80
  ];
  extra = [
    443
    8443
  ];
  port = n: n + 8000;
in
{
  ports = base ++ extra ++ [ 9090 ];
  front = [ 1 ] ++ base;
  elements = [
    (port 1)
    (-1)
    (port 2 - 1)
    [
      3
      4
    ]
    "a b"
    { p = 1; }
  ];
  empty = [ ];
  nested = [
    base
    [ ]
  ];
}
