let
  inherit (import (./. + "/my lib.nix")) greeting;
  inherit (import (./. + "/net@home.nix")) domain;
  inherit (import (./. + "/ümlaut.nix")) owner;
  inherit (import ./with.dots+plus.nix) port;
in
{
  inherit greeting;
  fqdn = "atlas.${domain}";
  inherit owner port;
}
