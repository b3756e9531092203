let
  net = import ./net.nix;
in
{
  gateway = net.gateway;
  lan = net.subnet 10;
  dns = net.dnsServers;
}
