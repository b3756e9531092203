{ config, lib, ... }:
let
  h = import ./twin-helpers.nix { inherit lib; };
in
{
  imports = [ ./twin-units.nix ];
  options.grafana = {
    enable = h.enableOption "grafana";
    port = h.portOption 3000 "grafana";
  };
  config = lib.mkIf config.grafana.enable {
    units.${h.unitName "grafana"} = h.serviceUnit "grafana" config.grafana.port;
    hosts = [ (h.fqdn "grafana" "home.arpa") ];
  };
}
