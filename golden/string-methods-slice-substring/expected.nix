let
  jsAscii =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      throw "tsnix: string lengths and positions are only supported on ASCII text"
    else
      s;
  jsCharAt =
    i: s:
    let
      c = jsStringAt i s;
    in
    if c == null then "" else c;
  jsClampIndex =
    index: n:
    if index < 0 then
      if n + index < 0 then 0 else n + index
    else if n < index then
      n
    else
      index;
  jsStringAt =
    i: text:
    let
      s = jsAscii text;
    in
    if i >= 0 && i < builtins.stringLength s then builtins.substring i 1 s else null;
  jsStringSlice =
    start: end: text:
    let
      s = jsAscii text;
      n = builtins.stringLength s;
      from = jsClampIndex start n;
      to = if end == null then n else jsClampIndex end n;
    in
    if from < to then builtins.substring from (to - from) s else "";
  jsSubstring =
    start: end: text:
    let
      s = jsAscii text;
      n = builtins.stringLength s;
      clamp =
        i:
        if i < 0 then
          0
        else if n < i then
          n
        else
          i;
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
  charAt = jsCharAt 4 s;
  charAtOut = jsCharAt 100 s;
  index = jsStringAt 0 s;
  length = builtins.stringLength s;
}
