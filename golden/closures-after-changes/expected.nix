let
  f =
    xs:
    let
      total = builtins.foldl' (total: x: total + x) 0 xs;
      scale = y: y * total;
      makers = map (i: _: i * 10 + total) (builtins.genList (i: i) 3);
    in
    [ (scale 2) ] ++ map (m: m null) makers;
in
f [
  1
  2
  3
]
