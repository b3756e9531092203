let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  rules = [
    {
      from = "10.0.0.0/24";
      ports = [ 22 ];
      proto = "tcp";
      comment = "ssh from lan";
    }
    {
      from = "0.0.0.0/0";
      ports = [
        80
        443
      ];
      proto = "tcp";
    }
    {
      from = "10.0.10.0/24";
      ports = [ 53 ];
      proto = "udp";
      comment = "dns for iot";
    }
  ];
  render =
    r:
    map (
      p:
      "iptables -A INPUT -p ${r.proto} -s ${r.from} --dport ${jsNumberToString p} -j ACCEPT${
        if r.comment or null == null then "" else " # ${r.comment}"
      }"
    ) r.ports;
  lines = builtins.concatMap render rules;
in
{
  networking.firewall = {
    extraCommands = builtins.concatStringsSep "\n" lines;
    allowedTCPPorts = builtins.sort builtins.lessThan (
      builtins.concatMap (r: r.ports) (builtins.filter (r: r.proto == "tcp") rules)
    );
    allowedUDPPorts = builtins.concatMap (r: r.ports) (builtins.filter (r: r.proto == "udp") rules);
  };
  ruleCount = builtins.length lines;
}
