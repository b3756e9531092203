let
  ports = {
    ssh = 22;
    "local.example.org" = 443;
  };
  host = {
    name = "nas";
    ip = "10.0.0.3";
  };
in
{
  hasSsh = ports ? ssh;
  hasLocal = ports ? "local.example.org";
  hasHttp = ports ? http;
  hasName = host ? name;
}
