{ lib }:
{
  portOption = port: what: lib.mkOption {
    type = lib.types.port;
    default = port;
    description = "The port ${what} listens on.";
  };
  enableOption = what: lib.mkOption {
    type = lib.types.bool;
    default = false;
    description = "Whether to run ${what}.";
  };
  serviceUnit = name: port: {
    description = "${name} on ${toString port}";
    after = [ "network.target" ];
    environment.PORT = toString port;
  };
  unitName = name: "${name}.service";
  fqdn = host: domain: "${host}.${domain}";
}
