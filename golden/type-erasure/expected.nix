let
  svc = {
    name = "ssh";
    port = 22;
  };
  forced = {
    name = "dns";
    port = 53;
  };
  maybe = svc;
  first = xs: fallback: if builtins.length xs > 0 then builtins.elemAt xs 0 else fallback;
  isString = x: x != null;
  http = 80;
in
{
  inherit svc;
  forced = forced.port;
  bang = maybe.name;
  first = first [ 3 4 ] 0;
  none = first [ ] "none";
  strings = builtins.filter isString [
    "a"
    null
    "b"
  ];
  inherit http;
}
