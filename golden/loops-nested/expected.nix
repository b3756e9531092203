let
  jsStrictAttrs =
    state: builtins.foldl' (s: name: builtins.seq s.${name} s) state (builtins.attrNames state);
  scan =
    rows:
    let
      loop1 =
        builtins.foldl'
          (
            state@{
              total,
              seen,
              done,
            }:
            row:
            if done then
              state
            else
              let
                loop =
                  builtins.foldl'
                    (
                      state1@{
                        total,
                        seen,
                        done,
                      }:
                      x:
                      if done then
                        state1
                      else if x < 0 then
                        jsStrictAttrs {
                          inherit total seen;
                          done = true;
                        }
                      else
                        jsStrictAttrs {
                          inherit done;
                          total = total + x;
                          seen = seen ++ [ x ];
                        }
                    )
                    {
                      inherit total seen;
                      done = false;
                    }
                    row;
                total_1 = loop.total;
                seen_1 = loop.seen;
              in
              if total_1 > 100 then
                jsStrictAttrs {
                  total = total_1;
                  seen = seen_1;
                  done = true;
                }
              else
                jsStrictAttrs {
                  inherit done;
                  total = total_1;
                  seen = seen_1;
                }
          )
          {
            total = 0;
            seen = [ ];
            done = false;
          }
          rows;
      total = loop1.total;
      seen = loop1.seen;
    in
    {
      inherit total seen;
    };
in
[
  (scan [
    [
      1
      2
    ]
    [
      3
      (-1)
      4
    ]
    [ 200 ]
    [ 5 ]
  ])
  (scan [ ])
]
