# Hand-written: declares an option the TypeScript module sets, and sets one the TypeScript module declares.
{ lib, ... }:
{
  options.extra.motd = lib.mkOption { type = lib.types.lines; default = ""; };
  config.paths.files = [ ./extra.nix ];
  config.extra.motd = "from extra.nix";
}
