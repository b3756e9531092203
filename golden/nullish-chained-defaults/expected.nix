let
  env = { PORT = "8080"; };
  fallback =
    a: b: c:
    let
      value = if a == null then b else a;
    in
    if value == null then c else value;
in
{
  first = fallback 1 2 3;
  second = fallback null 2 3;
  third = fallback null null 3;
  zero = fallback 0 null 3;
  sum = fallback null 5 0 + 1;
  host =
    let
      value1 = env.HOST or null;
    in
    if value1 == null then "localhost" else value1;
  port =
    let
      value2 = env.PORT or null;
    in
    if value2 == null then "80" else value2;
  missing =
    let
      value3 = env.NOPE or null;
    in
    if value3 == null then "unset" else value3;
  text = "${
    let
      value4 = env.HOST or null;
    in
    if value4 == null then "localhost" else value4
  }:${
    let
      value5 = env.PORT or null;
    in
    if value5 == null then "80" else value5
  }";
}
