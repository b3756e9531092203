{ lib, ... }:
with lib.types;
{
  imports = [ { coerced.hosts = [ "beta" "gamma" ]; } ];
  options.coerced = {
    hosts = lib.mkOption { type = coercedTo str (host: [ host ]) (listOf str); default = [ ]; };
    port = lib.mkOption { type = coercedTo int toString str; default = "80"; };
    single = lib.mkOption { type = coercedTo str (s: [ s s ]) (listOf str); };
  };
  config.coerced = { hosts = "alpha"; port = 8080; single = "twice"; };
}
