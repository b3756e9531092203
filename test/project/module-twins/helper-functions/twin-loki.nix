{ config, lib, ... }:
let
  h = import ./twin-helpers.nix { inherit lib; };
in
{
  imports = [ ./twin-units.nix ];
  options.loki = {
    enable = h.enableOption "loki";
    port = h.portOption 3100 "loki";
  };
  config = lib.mkIf config.loki.enable {
    units.${h.unitName "loki"} = h.serviceUnit "loki" config.loki.port;
    hosts = [ (h.fqdn "loki" "home.arpa") ];
  };
}
