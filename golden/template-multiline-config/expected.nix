let
  upstreams = [
    "10.0.0.3:8096"
    "10.0.0.4:8096"
  ];
  listen = 443;
in
{
  extraConfig = "upstream media {\n  ${
    builtins.concatStringsSep "\n  " (map (u: "server ${u};") upstreams)
  }\n}\n\nserver {\n  listen ${toString listen} ssl; # tls\n  set $$backend \"\${media}\";\n}\n";
}
