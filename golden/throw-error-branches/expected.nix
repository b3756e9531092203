let
  parsePort =
    s:
    if s == "ssh" then
      22
    else if s == "http" then
      80
    else
      throw "unknown service ${s}";
  check = n: if n > 0 then n else (_: throw "non-positive") null;
in
{
  ports = map parsePort [
    "ssh"
    "http"
  ];
  checked = check 5;
}
