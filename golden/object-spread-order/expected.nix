let
  defaults = {
    port = 80;
    host = "0.0.0.0";
    tls = false;
    workers = 2;
  };
  site = {
    tls = true;
    host = "web.example.org";
  };
  custom = {
    host = "git.example.org";
    port = 3000;
  };
  merged = defaults // site // { workers = 4; };
  withPort = {
    port = 8080;
  }
  // custom;
  keepsPort = {
    port = 8080;
  }
  // site;
in
{
  inherit merged withPort keepsPort;
}
