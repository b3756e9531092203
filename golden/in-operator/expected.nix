let
  hosts = [
    {
      name = "nas";
      ip = "10.0.0.3";
    }
    {
      name = "pi";
      "local.example.org" = true;
    }
  ];
in
map (h: {
  hasIp = h ? ip;
  hasLocal = h ? "local.example.org";
  hasName = h ? name;
}) hosts
