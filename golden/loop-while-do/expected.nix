let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  jsRemainder =
    a: b:
    if builtins.isInt a && builtins.isInt b then
      a - b * builtins.div a b
    else if
      (builtins.isInt a || a < 9007199254740992.0 && a > -9007199254740992.0 && a == builtins.floor a)
      && (builtins.isInt b || b < 9007199254740992.0 && b > -9007199254740992.0 && b == builtins.floor b)
    then
      let
        x = builtins.floor a;
        y = builtins.floor b;
      in
      (x - y * builtins.div x y) * 1.0
    else
      throw "tsnix: % is only supported on whole numbers";
  jsRoundable =
    n:
    if n > 9007199254740992.0 || n < -9007199254740992.0 then
      throw "tsnix: rounding a number beyond ±2^53, where JavaScript keeps a float and Nix would make an int"
    else
      n;
  jsStrictAttrs =
    state: builtins.foldl' (s: name: builtins.seq s.${name} s) state (builtins.attrNames state);
  jsTrunc =
    x:
    let
      n = jsRoundable x;
    in
    if n < 0 then builtins.ceil n else builtins.floor n;
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
  collatz =
    start:
    let
      n = start;
      loop =
        jsWhile
          (
            {
              n,
              steps,
              done,
            }:
            if n != 1 then
              jsStrictAttrs {
                inherit done;
                n = if jsRemainder n 2 == 0 then jsTrunc (n / 2.0) else 3 * n + 1;
                steps = steps + 1;
              }
            else
              jsStrictAttrs {
                inherit n steps;
                done = true;
              }
          )
          {
            inherit n;
            steps = 0;
            done = false;
          };
      n_1 = loop.n;
      steps = loop.steps;
    in
    steps;
  retries =
    limit:
    let
      loop1 =
        jsWhile
          (
            {
              delays,
              delay,
              done,
            }:
            let
              delays_1 = delays ++ [ delay ];
              delay_1 = delay * 2;
            in
            if delay_1 <= limit then
              jsStrictAttrs {
                inherit done;
                delays = delays_1;
                delay = delay_1;
              }
            else
              jsStrictAttrs {
                delays = delays_1;
                delay = delay_1;
                done = true;
              }
          )
          {
            delays = [ ];
            delay = 1;
            done = false;
          };
      delays = loop1.delays;
      delay = loop1.delay;
    in
    delays;
  countdown =
    from:
    let
      i = from;
      loop2 =
        jsWhile
          (
            {
              text,
              i,
              done,
            }:
            if i < 0 then
              jsStrictAttrs {
                inherit text i;
                done = true;
              }
            else
              jsStrictAttrs {
                inherit done;
                text = "${text}${jsNumberToString i} ";
                i = i - 1;
              }
          )
          {
            inherit i;
            text = "";
            done = false;
          };
      text = loop2.text;
      i_1 = loop2.i;
    in
    text;
in
{
  collatz = [
    (collatz 1)
    (collatz 6)
    (collatz 27)
  ];
  retries = [
    (retries 0)
    (retries 20)
  ];
  countdown = countdown 3;
}
