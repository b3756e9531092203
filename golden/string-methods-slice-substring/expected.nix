let
  jsClampIndex =
    index: n:
    if index < 0 then if n + index < 0 then 0 else n + index else if n < index then n else index;
  jsStringSlice =
    start: end: s:
    let
      n = builtins.stringLength s;
      from = jsClampIndex start n;
      to = if end == null then n else jsClampIndex end n;
    in
    if from < to then builtins.substring from (to - from) s else "";
  jsSubstring =
    start: end: s:
    let
      n = builtins.stringLength s;
      clamp = i: if i < 0 then 0 else if n < i then n else i;
      a = clamp start;
      z = if end == null then n else clamp end;
      lo = if a < z then a else z;
      hi = if a < z then z else a;
    in
    builtins.substring lo (hi - lo) s;
  s = "nextcloud.example.org";
in
{
  prefix = jsStringSlice 0 9 s;
  suffix = jsStringSlice (-3) null s;
  middle = jsStringSlice 10 (-4) s;
  fromOnly = jsStringSlice 10 null s;
  emptyRange = jsStringSlice 5 2 s;
  sub = jsSubstring 0 4 s;
  swapped = jsSubstring 9 4 s;
  clamped = jsSubstring (-5) 4 s;
  beyond = jsSubstring 18 100 s;
  charAt = if 4 < 0 then "" else builtins.substring 4 1 s;
  charAtOut = if 100 < 0 then "" else builtins.substring 100 1 s;
  index = builtins.substring 0 1 s;
  length = builtins.stringLength s;
}
