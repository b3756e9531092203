let
  f =
    _:
    let
      a = 1;
    in
    a;
  g =
    flag:
    let
      limit = 10;
    in
    let
      rest = total_2: limit + total_2;
    in
    if flag then
      let
        limit1 = 3;
        total_1 = limit1;
      in
      if total_1 > 100 then -1 else rest total_1
    else
      rest 0;
  h =
    xs:
    let
      x = 100;
      out = builtins.foldl' (out: x1: out + x1) 0 xs;
    in
    out + x;
in
[
  (f null)
  (g true)
  (g false)
  (h [
    1
    2
  ])
]
