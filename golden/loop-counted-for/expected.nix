let
  jsRange = from: to: if from < to then builtins.genList (i: from + i) (to - from) else [ ];
  jsStrictAttrs =
    state: builtins.foldl' (s: name: builtins.seq s.${name} s) state (builtins.attrNames state);
  jsWhile =
    step: state:
    let
      turns = builtins.genericClosure {
        startSet = [
          {
            key = 0;
            inherit state;
          }
        ];
        operator =
          turn:
          if turn.state.done then
            [ ]
          else
            [
              {
                key = turn.key + 1;
                state = step turn.state;
              }
            ];
      };
    in
    (builtins.elemAt turns (builtins.length turns - 1)).state;
  zones = [
    "lan"
    "iot"
    "guest"
  ];
  subnets = map (i: "10.0.${toString (i + 10)}.0/24 ${builtins.elemAt zones i}") (
    builtins.genList (i: i) (builtins.length zones)
  );
  squares =
    from: to:
    let
      i = from;
      loop =
        jsWhile
          (
            {
              sum,
              i,
              done,
            }:
            if i <= to then
              jsStrictAttrs {
                inherit done;
                sum = sum + i * i;
                i = i + 1;
              }
            else
              jsStrictAttrs {
                inherit sum i;
                done = true;
              }
          )
          {
            inherit i;
            sum = 0;
            done = false;
          };
      sum = loop.sum;
    in
    sum;
  loop1 =
    jsWhile
      (
        {
          evens,
          i,
          done,
        }:
        if i < 10 then
          jsStrictAttrs {
            inherit done;
            evens = evens ++ [ i ];
            i = i + 2;
          }
        else
          jsStrictAttrs {
            inherit evens i;
            done = true;
          }
      )
      {
        evens = [ ];
        i = 0;
        done = false;
      };
  evens = loop1.evens;
  pairs =
    n:
    builtins.concatMap (i: map (j: "${toString i}-${toString j}") (jsRange (i + 1) (builtins.ceil n))) (
      jsRange 0 (builtins.ceil n)
    );
in
{
  inherit subnets;
  squares = [
    (squares 1 3)
    (squares 5 2)
  ];
  inherit evens;
  pairs = pairs 3;
}
