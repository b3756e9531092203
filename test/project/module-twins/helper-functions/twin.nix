{
  imports = [ ./twin-grafana.nix ./twin-loki.nix ];
  grafana = { enable = true; port = 3001; };
}
