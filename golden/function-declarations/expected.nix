let
  fqdn = host: domain: "${host}.${domain}";
  fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2);
  hosts = map (h: fqdn h "home.arpa") [
    "nas"
    "pi"
  ];
in
{
  inherit hosts;
  fib = map fib [
    0
    1
    2
    3
    10
  ];
}
