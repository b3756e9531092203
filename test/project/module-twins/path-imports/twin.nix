{ lib, ... }:
{
  imports = [ ./nix/extra.nix ];
  options.paths = {
    files = lib.mkOption { type = lib.types.listOf lib.types.path; default = [ ]; };
    config = lib.mkOption { type = lib.types.path; };
    maybe = lib.mkOption { type = lib.types.nullOr lib.types.path; default = null; };
  };
  config = {
    paths.files = [ ./main.ts "/etc/passwd" ];
    paths.config = ./nix/extra.nix;
    extra.motd = "from main.ts";
  };
}
