let
  port = 8080;
  n = 3;
in
{
  prefix = "port ${toString port}";
  leftToRight = "${toString (1 + 2)}x";
  stringFirst = "x12";
  grouped = "x${toString (1 + 2)}";
  negative = "offset-5";
  bool = "enabled=${if port > 1024 then "true" else "false"}";
  chain = "abc";
  count = "${toString n} hosts";
}
