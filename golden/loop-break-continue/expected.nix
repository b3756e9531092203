let
  jsStrictAttrs =
    state: builtins.foldl' (s: name: builtins.seq s.${name} s) state (builtins.attrNames state);
  budget =
    sizes: limit:
    let
      loop =
        builtins.foldl'
          (
            state@{
              used,
              taken,
              done,
            }:
            size:
            if done then
              state
            else if size == 0 then
              state
            else if used + size > limit then
              jsStrictAttrs {
                inherit used taken;
                done = true;
              }
            else
              jsStrictAttrs {
                inherit done;
                used = used + size;
                taken = taken + 1;
              }
          )
          {
            used = 0;
            taken = 0;
            done = false;
          }
          sizes;
      used = loop.used;
      taken = loop.taken;
    in
    {
      inherit used taken;
    };
  firstOver =
    values: threshold:
    let
      loop1 =
        builtins.foldl'
          (
            state1@{ found, done }:
            v:
            if done then
              state1
            else if v > threshold then
              jsStrictAttrs {
                found = v;
                done = true;
              }
            else
              state1
          )
          {
            found = -1;
            done = false;
          }
          values;
    in
    loop1.found;
in
{
  a = budget [ 10 0 20 30 5 ] 40;
  b = budget [ ] 10;
  c = firstOver [ 1 5 9 12 ] 6;
  d = firstOver [ 1 ] 6;
}
