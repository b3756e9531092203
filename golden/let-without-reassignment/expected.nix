let
  domain = "example.org";
  ports = [
    80
    443
  ];
  mk =
    host:
    let
      fqdn = "${host}.${domain}";
    in
    {
      inherit fqdn ports;
    };
in
mk "www"
