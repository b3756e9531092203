let
  jsPlainKey =
    k:
    if
      builtins.elem k [
        "__functor"
        "__toString"
        "outPath"
      ]
    then
      throw "tsnix: a computed key names an attribute with a special meaning to Nix"
    else
      k;
  jsRecordLookup =
    k: o: fallback:
    o.${k} or (
      if
        builtins.elem k [
          "__defineGetter__"
          "__defineSetter__"
          "__lookupGetter__"
          "__lookupSetter__"
          "__proto__"
          "constructor"
          "hasOwnProperty"
          "isPrototypeOf"
          "propertyIsEnumerable"
          "toLocaleString"
          "toString"
          "valueOf"
        ]
      then
        throw "tsnix: a key JavaScript finds on Object.prototype (constructor, toString, __proto__, …), looked up in a record that lacks it"
      else
        fallback
    );
  jsStrictAttrs =
    state: builtins.foldl' (s: name: builtins.seq s.${name} s) state (builtins.attrNames state);
  unique =
    xs:
    let
      loop =
        builtins.foldl'
          (
            state@{ seen, out }:
            x:
            if jsRecordLookup x seen null == true then
              state
            else
              jsStrictAttrs {
                seen = seen // {
                  ${jsPlainKey x} = true;
                };
                out = out ++ [ x ];
              }
          )
          {
            seen = { };
            out = [ ];
          }
          xs;
      seen = loop.seen;
      out = loop.out;
    in
    out;
  count =
    words:
    let
      counts = builtins.foldl' (
        counts: w:
        counts
        // {
          ${jsPlainKey w} =
            (
              let
                left = jsRecordLookup w counts null;
              in
              if left != null && left != 0 then left else 0
            )
            + 1;
        }
      ) { } words;
    in
    counts;
  largest =
    xs:
    let
      best = builtins.foldl' (best: x: if best == null || x > best then x else best) null xs;
    in
    if best == null then -1 else best;
  chunks =
    xs: size:
    let
      loop1 =
        builtins.foldl'
          (
            { chunk, all }:
            x:
            let
              chunk_1 = chunk ++ [ x ];
              state2 =
                if builtins.length chunk_1 == size then
                  {
                    all = all ++ [ chunk_1 ];
                    chunk = [ ];
                  }
                else
                  {
                    inherit all;
                    chunk = chunk_1;
                  };
            in
            jsStrictAttrs {
              chunk = state2.chunk;
              all = state2.all;
            }
          )
          {
            chunk = [ ];
            all = [ ];
          }
          xs;
      chunk = loop1.chunk;
      all = loop1.all;
    in
    if builtins.length chunk > 0 then all ++ [ chunk ] else all;
in
{
  unique = unique [
    "b"
    "a"
    "b"
    "c"
    "a"
  ];
  counts = count [
    "nginx"
    "sshd"
    "nginx"
  ];
  largest = [
    (largest [
      3
      9
      2
    ])
    (largest [ ])
  ];
  chunks = chunks [
    1
    2
    3
    4
    5
    6
    7
  ] 3;
}
