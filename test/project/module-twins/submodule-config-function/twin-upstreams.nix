{ lib, ... }:
{
  options.proxy.upstreams = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule ({ config, name, ... }: {
      options = {
        port = lib.mkOption { type = lib.types.port; };
        secure = lib.mkOption { type = lib.types.bool; default = false; };
        url = lib.mkOption { type = lib.types.str; };
        label = lib.mkOption { type = lib.types.str; };
      };
      config = {
        url = lib.mkDefault "${if config.secure then "https" else "http"}://${name}:${toString config.port}";
        label = lib.toUpper name;
      };
    }));
    default = { };
  };
  config.proxy.upstreams.api.secure = true;
}
