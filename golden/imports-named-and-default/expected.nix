let
  hosts = import ./hosts.nix;
  inherit (import ./lib.nix) domain fqdn;
  port = (import ./lib.nix).sshPort;
in
{
  inherit domain;
  inherit port;
  names = map (h: fqdn h.name) hosts;
}
