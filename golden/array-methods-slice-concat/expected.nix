let
  jsAt =
    index: list:
    let
      i = if index < 0 then builtins.length list + index else index;
    in
    if i >= 0 && i < builtins.length list then builtins.elemAt list i else null;
  jsClampIndex =
    index: n:
    if index < 0 then
      if n + index < 0 then 0 else n + index
    else if n < index then
      n
    else
      index;
  jsSlice =
    start: end: list:
    let
      n = builtins.length list;
      from = jsClampIndex start n;
      to = if end == null then n else jsClampIndex end n;
    in
    if from < to then builtins.genList (i: builtins.elemAt list (from + i)) (to - from) else [ ];
  ports = [
    22
    80
    443
    8080
    9090
  ];
in
{
  head = jsSlice 0 2 ports;
  tail = jsSlice 2 null ports;
  lastTwo = jsSlice (-2) null ports;
  middle = jsSlice 1 (-1) ports;
  beyond = jsSlice 3 100 ports;
  empty = jsSlice 4 2 ports;
  copy = ports;
  concat =
    ports
    ++ [
      1
      2
    ]
    ++ [ 3 ];
}
// (
  let
    value = jsAt (-1) ports;
  in
  if value == null then { } else { last = value; }
)
// (
  let
    value1 = jsAt 0 ports;
  in
  if value1 == null then { } else { first = value1; }
)
