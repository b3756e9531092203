{ lib, ... }:
{
  options.system = {
    version = lib.mkOption { type = lib.types.str; default = "24.11"; readOnly = true; description = "The version."; };
    features = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ "a" "b" ]; readOnly = true; };
    writable = lib.mkOption { type = lib.types.str; default = "w"; readOnly = false; };
  };
}
