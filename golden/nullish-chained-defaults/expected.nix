let
  env = {
    PORT = "8080";
  };
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
  host = env.HOST or "localhost";
  port = env.PORT or "80";
  missing = env.NOPE or "unset";
  text = "${env.HOST or "localhost"}:${env.PORT or "80"}";
}
