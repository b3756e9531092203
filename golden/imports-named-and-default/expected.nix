let
  hosts = import ./hosts.nix;
  libModule = import ./lib.nix;
  inherit (libModule) domain fqdn;
  port = libModule.sshPort;
in
{
  inherit domain port;
  names = map (h: fqdn h.name) hosts;
}
