{ lib, ... }:
{
  options.sites = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule ({ name, ... }: {
      options = {
        host = lib.mkOption { type = lib.types.str; default = "${name}.example.org"; };
        root = lib.mkOption { type = lib.types.str; default = "/srv/${name}"; };
        port = lib.mkOption { type = lib.types.port; default = 80; };
        aliases = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
      };
      config.aliases = [ "www.${name}" ];
    }));
    default = { };
  };
  config.sites = {
    blog = { };
    shop = { port = 8443; aliases = [ "store" ]; };
    wiki.host = "wiki.internal";
  };
}
