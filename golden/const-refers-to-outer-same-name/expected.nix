let
  port = 8000;
  offset =
    n:
    let
      result =
        (
          _:
          let
            port2 = port + n;
          in
          port2
        )
          null;
    in
    result;
  nested =
    port:
    let
      f =
        base:
        let
          port3 = base + port;
        in
        port3;
    in
    f port;
  counter =
    count:
    let
      inner = count2: count + count2;
    in
    inner count;
in
{
  a = offset 1;
  b = nested 5;
  c = counter 7;
  inherit port;
}
