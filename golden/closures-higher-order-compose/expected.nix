let
  compose =
    f: g: x:
    f (g x);
  inc = n: n + 1;
  dbl = n: n * 2;
  pipeline = [
    inc
    dbl
    inc
  ];
  run = x: builtins.foldl' (acc: f: f acc) x pipeline;
  pick = mode: if mode == "double" then dbl else inc;
in
{
  composed = compose dbl inc 5;
  piped = run 3;
  picked = [
    (pick "double" 10)
    (pick "other" 10)
  ];
}
