let
  jsClampIndex =
    index: n:
    if index < 0 then
      if n + index < 0 then 0 else n + index
    else if n < index then
      n
    else
      index;
  jsDrop =
    n: list:
    if n >= builtins.length list then
      [ ]
    else
      builtins.genList (i: builtins.elemAt list (i + n)) (builtins.length list - n);
  jsReverse =
    list:
    builtins.genList (i: builtins.elemAt list (builtins.length list - i - 1)) (builtins.length list);
  jsSetElement =
    index: value: list:
    if !builtins.isInt index || index < 0 || index > builtins.length list then
      throw "tsnix: an array element can only be set at an index from 0 to the array's length"
    else if index == builtins.length list then
      list ++ [ value ]
    else
      builtins.genList (i: if i == index then value else builtins.elemAt list i) (builtins.length list);
  jsSlice =
    start: end: list:
    let
      n = builtins.length list;
      from = jsClampIndex start n;
      to = if end == null then n else jsClampIndex end n;
    in
    if from < to then builtins.genList (i: builtins.elemAt list (from + i)) (to - from) else [ ];
  jsSplice =
    start: count: items: list:
    let
      from = jsClampIndex start (builtins.length list);
      rest = builtins.length list - from;
      removed =
        if count == null then
          rest
        else if count < 0 then
          0
        else if rest < count then
          rest
        else
          count;
    in
    builtins.genList (i: builtins.elemAt list i) from ++ items ++ jsDrop (from + removed) list;
  f =
    _:
    let
      xs = [
        5
        3
        8
      ];
      xs_1 = [ 1 ] ++ xs;
      xs_2 = xs_1 ++ [
        9
        10
        11
      ];
      xs_3 = jsSlice 0 (-1) xs_2;
      xs_4 = jsDrop 1 xs_3;
      xs_5 = jsSetElement 0 4 xs_4;
      xs_6 = jsSetElement (builtins.length xs_5) 12 xs_5;
      xs_7 = builtins.sort builtins.lessThan xs_6;
      xs_8 = jsReverse xs_7;
      xs_9 = jsSplice 1 2 [ 100 200 300 ] xs_8;
    in
    jsSetElement 1 (builtins.elemAt xs_9 1 + 1) xs_9;
in
f null
