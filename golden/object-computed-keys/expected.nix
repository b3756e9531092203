let
  domain = "example.org";
  service = "grafana";
  host = name: "${name}.${domain}";
in
{ ${service}.port = 3000; }
// { "${service}-backup".port = 3001; }
// { ${host "git"} = "forgejo"; }
// { literal = 1; }
