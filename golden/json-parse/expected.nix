let
  doc = "{\"hosts\": [{\"name\": \"nas\", \"port\": 22}], \"enable\": true, \"ratio\": 0.5, \"none\": null}";
  parsed = builtins.fromJSON doc;
in
{
  inherit parsed;
  first = (builtins.elemAt parsed.hosts 0).name;
}
