let
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
  firstAdmin =
    users:
    let
      loop =
        builtins.foldl'
          (
            state@{
              done,
              returned,
              value,
            }:
            u:
            if done then
              state
            else if builtins.elem "wheel" u.groups then
              jsStrictAttrs {
                done = true;
                returned = true;
                value = u.name;
              }
            else
              state
          )
          {
            done = false;
            returned = false;
            value = null;
          }
          users;
    in
    if loop.returned then loop.value else "nobody";
  users = [
    {
      name = "alice";
      groups = [ "users" ];
    }
    {
      name = "bob";
      groups = [
        "wheel"
        "users"
      ];
    }
  ];
  indexOf =
    xs: wanted:
    let
      loop1 =
        builtins.foldl'
          (
            state1@{
              done,
              returned,
              value,
            }:
            i:
            if done then
              state1
            else if builtins.elemAt xs i == wanted then
              jsStrictAttrs {
                done = true;
                returned = true;
                value = i;
              }
            else
              state1
          )
          {
            done = false;
            returned = false;
            value = null;
          }
          (builtins.genList (i: i) (builtins.length xs));
    in
    if loop1.returned then loop1.value else -1;
  firstFree =
    taken:
    let
      loop2 =
        jsWhile
          (
            {
              port,
              done,
              returned,
              value,
            }:
            if !builtins.elem port taken then
              jsStrictAttrs {
                inherit port;
                done = true;
                returned = true;
                value = port;
              }
            else
              jsStrictAttrs {
                inherit done returned value;
                port = port + 1;
              }
          )
          {
            port = 8000;
            done = false;
            returned = false;
            value = null;
          };
    in
    if loop2.returned then
      loop2.value
    else
      let
        port = loop2.port;
      in
      null;
in
{
  admin = firstAdmin users;
  none = firstAdmin [ ];
  index = [
    (indexOf [ "a" "b" "c" ] "c")
    (indexOf [ ] "x")
  ];
  port = firstFree [
    8000
    8001
    8003
  ];
}
